import { render, screen } from '@testing-library/react'
import { Checkbox } from 'radix-ui'
import { version } from 'react'
import { expect, inject, it } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    reactMajor: string
  }
}

// `ui` and `ui-react18` run the same files; this proves which React each one (and radix) runs on.
it('runs on the React major its project provides, radix included', () => {
  expect(version.split('.')[0]).toBe(inject('reactMajor'))
  render(<Checkbox.Root aria-label="Probe" defaultChecked />)
  expect(screen.getByRole('checkbox', { name: 'Probe' }).getAttribute('aria-checked')).toBe('true')
})
