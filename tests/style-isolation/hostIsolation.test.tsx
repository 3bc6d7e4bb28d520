import { createRoot } from 'react-dom/client'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { computedStyleOf, diffSweeps, FOCUS_RING, measureAll, sweep } from './computedStyles.ts'
import { HostPage } from './HostPage.tsx'
import { applyHostCss, HOST_VARIANTS } from './hostStyles.ts'

type Values = Record<string, string>

const SIZED_BY_CONTENT = [
  'height',
  'block-size',
  'width',
  'inline-size',
  'perspective-origin',
  'transform-origin',
]

/** The host page's computed styles with the variant's host CSS, with or without the kit's. */
async function captureHost(variant: (typeof HOST_VARIANTS)[number], withKit: boolean) {
  const removeCss = applyHostCss(variant, { withKit })
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  try {
    root.render(<HostPage />)
    await vi.waitFor(
      () => {
        expect(document.querySelector('#host-kit tr[data-row-index="1"]')).not.toBeNull()
      },
      { timeout: 10_000 },
    )
    const main = document.getElementById('host-page') as HTMLElement
    const values = sweep(main)
    // These hold the kit too, so their size (and what derives from it) follows the kit's.
    for (const [name, element] of [
      ['html', document.documentElement],
      ['body', document.body],
      ['container', container],
    ] as const) {
      const own = computedStyleOf(element)
      for (const property of SIZED_BY_CONTENT) {
        delete own[property]
      }
      values.set(name, own)
    }
    // The host's own focus ring, reached from the keyboard.
    ;(document.getElementById('host-search') as HTMLElement).focus()
    await userEvent.keyboard('{Tab}{Tab}{Tab}')
    const focused = document.activeElement as HTMLElement
    values.set('focused host button', {
      tag: focused.localName,
      ...measureAll(focused, FOCUS_RING, main),
    })

    const customProperties = [
      document.documentElement,
      document.body,
      main,
      ...main.querySelectorAll('*'),
    ]
      .flatMap((element) => Array.from(getComputedStyle(element)))
      .filter((name) => name.startsWith('--aura'))
    return { values, customProperties }
  } finally {
    root.unmount()
    container.remove()
    removeCss()
  }
}

describe('the host page beside the kit', () => {
  beforeAll(async () => {
    await page.viewport(1280, 1000)
  })

  for (const variant of HOST_VARIANTS) {
    it(`computes the same with and without the kit's CSS: ${variant.name}`, async () => {
      const without = await captureHost(variant, false)
      const withKit = await captureHost(variant, true)
      expect(without.values.get('focused host button')?.tag).toBe('button')
      expect(withKit.customProperties).toEqual([])
      const differences = diffSweeps(without.values, withKit.values)
      expect(differences, `${differences.length} differences`).toEqual([])
      const compared = [...without.values.values()].reduce(
        (total, values: Values) => total + Object.keys(values).length,
        0,
      )
      expect(compared).toBeGreaterThan(10_000)
    })
  }
})
