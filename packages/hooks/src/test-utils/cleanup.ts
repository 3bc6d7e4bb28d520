import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot unmount by itself: every rendered tree
// is unmounted after its test, before the file's jsdom goes away under a late React commit.
afterEach(() => {
  cleanup()
})
