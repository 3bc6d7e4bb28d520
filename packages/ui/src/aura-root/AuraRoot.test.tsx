import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AuraRoot } from './AuraRoot.tsx'
import { appearanceStyle } from './appearance.ts'

describe('AuraRoot', () => {
  it('maps appearance onto --aura-* custom properties and data-theme', () => {
    const { container } = render(
      <AuraRoot
        appearance={{ theme: 'dark', variables: { colorPrimary: '#f00', rowHeight: '32px' } }}
      />,
    )
    const root = container.firstElementChild as HTMLElement
    expect(root.className).toBe('aura-root')
    expect(root.dataset.theme).toBe('dark')
    expect(root.style.getPropertyValue('--aura-color-primary')).toBe('#f00')
    expect(root.style.getPropertyValue('--aura-row-height')).toBe('32px')
  })

  it('skips unknown keys and non-string values', () => {
    const variables = { colorText: 1, bogus: 'x', fontFamily: 'Inter' } as Record<string, unknown>
    expect(appearanceStyle(variables)).toEqual({ '--aura-font-family': 'Inter' })
  })
})
