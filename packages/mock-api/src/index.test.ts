import { expect, test } from 'vitest'
import { world } from './index.ts'

test('placeholder until the mock API lands', () => {
  expect(world).toBe(2)
})
