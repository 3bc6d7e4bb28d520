// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8')

describe('styles.css', () => {
  it('keeps every rule inside @layer aura and every selector under an aura- class', () => {
    const body = css.replace(/\/\*[\s\S]*?\*\//g, '').trim()
    expect(body.startsWith('@layer aura {')).toBe(true)
    const selectors = [...body.matchAll(/([^{};]+)\{/g)]
      .map((match) => match[1]?.trim() ?? '')
      .filter((selector) => !selector.startsWith('@') && !/^\d+%$/.test(selector))
    expect(selectors.length).toBeGreaterThan(20)
    for (const group of selectors) {
      for (const selector of group.split(',')) {
        expect(selector.trim()).toMatch(/^\.aura-/)
      }
    }
  })

  it('declares every documented variable with a dark theme', () => {
    for (const name of ['primary', 'text', 'background', 'border', 'danger']) {
      expect(css).toContain(`--aura-color-${name}:`)
    }
    for (const name of ['font-family', 'border-radius', 'spacing-unit', 'row-height']) {
      expect(css).toContain(`--aura-${name}:`)
    }
    expect(css).toContain('.aura-root[data-theme="dark"]')
  })
})
