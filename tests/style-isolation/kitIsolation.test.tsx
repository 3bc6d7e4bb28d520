import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import before from './aggressive-reset.before.json' with { type: 'json' }
import { diffSweeps, measureAll, sweep, sweepSize } from './computedStyles.ts'
import { applyHostCss, HOST_VARIANTS, type HostVariant } from './hostStyles.ts'
import { decodePng, diffImages } from './imageDiff.ts'
import { KitPage, SheetPage, type Slot } from './KitPage.tsx'
import { FOCUS_PROBES, PROBES } from './probes.ts'

/**
 * Largest share of differing pixels accepted in a component's screenshot: 0.01 %. pixelmatch
 * already leaves out anti-aliased pixels, and identical CSS paints identically here: the "no host
 * CSS" run, compared with the reference run like every variant, measures that floor (0) each time.
 * 0.01 % is 5 pixels of the smallest shot (the 180×288 column menu) and 159 of the largest (the
 * 1100×1447 panel), less than a 1px border around its smallest button, so a lost border, padding,
 * font or focus ring fails while a stray seam does not. The computed-style sweep has no tolerance;
 * the pixels also cover what it can't read (native control parts, the audio controls).
 */
const MAX_DIFF_RATIO = 0.0001

type Values = Record<string, string>

interface Capture {
  /** `slot › probe` → measures. */
  probes: Map<string, Values>
  sweeps: Map<Slot, Map<string, Values>>
  images: Map<Slot, ImageData>
}

/** The host places the kit root: its own margin, padding, border and box-sizing are the host's. */
const HOST_OWNED = /^(margin|padding|border)-|^box-sizing$/

function slotElement(slot: Slot): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-slot="${slot}"]`)
  if (element === null) {
    throw new Error(`slot ${slot} is not on the page`)
  }
  return element
}

function find(slot: Slot, selector: string): HTMLElement {
  const element = slotElement(slot).querySelector<HTMLElement>(selector)
  if (element === null) {
    throw new Error(`${slot}: nothing matches ${selector}`)
  }
  return element
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))

function mount(node: ReactNode): () => void {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  root.render(node)
  return () => {
    root.unmount()
    container.remove()
  }
}

/** Waits for `ready`, then for two frames in which no slot changes size. */
async function settle(ready: () => void) {
  await vi.waitFor(ready, { timeout: 15_000, interval: 50 })
  await document.fonts.ready
  let last = ''
  for (let round = 0; round < 20; round++) {
    await nextFrame()
    await nextFrame()
    const sizes = Array.from(document.querySelectorAll('[data-slot] *'), (element) => {
      const box = element.getBoundingClientRect()
      return `${box.width}x${box.height}`
    }).join()
    if (sizes === last) {
      return
    }
    last = sizes
  }
  throw new Error('the page kept changing size')
}

const rowsLoaded = (slot: Slot) => {
  find(slot, 'tr[data-row-index="1"]')
}

function readProbes(slots: readonly Slot[], into: Map<string, Values>) {
  for (const probe of PROBES.filter((candidate) => slots.includes(candidate.slot))) {
    const area = probe.within ?? probe.slot
    into.set(
      `${probe.slot} › ${probe.name}`,
      measureAll(find(area, probe.selector), probe.measures, slotElement(area)),
    )
  }
}

async function screenshot(element: HTMLElement): Promise<ImageData> {
  const base64 = await page.screenshot({ element, save: false })
  return decodePng(base64)
}

async function captureSlots(slots: readonly Slot[], capture: Capture) {
  readProbes(slots, capture.probes)
  for (const slot of slots) {
    const root = slotElement(slot).firstElementChild as HTMLElement
    capture.sweeps.set(slot, sweep(root, { skipOnRoot: (name) => HOST_OWNED.test(name) }))
    // The sheet's root is `display: contents`; the picture is the sheet itself.
    const target = slot === 'sheet' ? find(slot, '.aura-sheet') : root
    capture.images.set(slot, await screenshot(target))
  }
}

/** Opens a Radix menu with Enter on its trigger, reads it, and closes it with Escape. */
async function capturePopover(result: Capture, slot: Slot, within: Slot, trigger: string) {
  find(within, trigger).focus()
  await userEvent.keyboard('{Enter}')
  await settle(() => {
    find(within, '.aura-menu [data-highlighted]')
  })
  readProbes([slot], result.probes)
  const popover = find(within, '.aura-menu')
  // From Radix's positioning wrapper, whose inline transform follows the trigger.
  result.sweeps.set(slot, sweep(popover.parentElement ?? popover))
  result.images.set(slot, await screenshot(popover))
  await userEvent.keyboard('{Escape}')
  await vi.waitFor(() => {
    expect(slotElement(within).querySelector('.aura-menu')).toBeNull()
  })
}

const MAIN_SLOTS: readonly Slot[] = [
  'leads',
  'calls',
  'leads-live',
  'octanist',
  'panel',
  'transcript',
  'form',
]

/** Mounts every component under the variant's stylesheets and reads everything compared. */
async function capture(variant: HostVariant): Promise<Capture> {
  const result: Capture = { probes: new Map(), sweeps: new Map(), images: new Map() }
  const removeCss = applyHostCss(variant)
  try {
    const unmountPage = mount(<KitPage />)
    try {
      await settle(() => {
        rowsLoaded('leads')
        rowsLoaded('calls')
        rowsLoaded('leads-live')
        rowsLoaded('octanist')
        find('panel', '.aura-panel-title')
        find('transcript', '.aura-transcript-row')
        const audio = find('transcript', 'audio') as HTMLAudioElement
        expect(audio.readyState).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA)
        expect((find('form', 'input[list]') as HTMLInputElement).value).toBe('Europe/Berlin')
      })
      await captureSlots(MAIN_SLOTS, result)

      for (const probe of FOCUS_PROBES) {
        find(probe.slot, probe.from).focus()
        await userEvent.keyboard(probe.keys)
        const focused = document.activeElement
        if (!(focused instanceof HTMLElement)) {
          throw new Error(`${probe.name}: nothing has focus`)
        }
        result.probes.set(
          `${probe.slot} › focus › ${probe.name}`,
          measureAll(focused, probe.measures, slotElement(probe.slot)),
        )
      }

      // The column menu portals into the table's root; opened from the keyboard, it loads its
      // code first (the filter choices are native selects, whose lists the browser draws).
      await capturePopover(result, 'columns-menu', 'leads', '.aura-column-menu-trigger')
    } finally {
      unmountPage()
    }

    const unmountSheet = mount(<SheetPage />)
    try {
      await settle(() => {
        find('sheet', '.aura-sheet .aura-panel-title')
      })
      await captureSlots(['sheet'], result)
    } finally {
      unmountSheet()
    }
  } finally {
    removeCss()
  }
  return result
}

function diffProbes(expected: Map<string, Values>, actual: Map<string, Values>): string[] {
  const differences: string[] = []
  for (const [key, values] of expected) {
    for (const [name, value] of Object.entries(values)) {
      const other = actual.get(key)?.[name]
      if (other !== value) {
        differences.push(`${key}: ${name} ${value} → ${other}`)
      }
    }
  }
  return differences
}

/** The values the partner's report named, for the before/after note on the aggressive reset. */
function recordOf(capture: Capture): Values {
  const value = (key: string, name: string) => capture.probes.get(key)?.[name] ?? '?'
  const values = (key: string, names: readonly string[]) =>
    names.map((name) => value(key, name)).join(' ')
  const padding = ['padding-top', 'padding-right', 'padding-bottom', 'padding-left']
  const cell = 'leads › body cell'
  const apply = 'leads-live › Apply button'
  const rowPitch =
    Number(value('leads › second row', 'box.y')) - Number(value('leads › first row', 'box.y'))
  return {
    'cell padding': values(cell, padding),
    'cell font': values(cell, ['font-size', 'font-family']),
    'cell border': values(cell, ['border-top-width', 'border-top-style', 'border-top-color']),
    'row height': value('leads › first row', 'box.height'),
    'row pitch (row 2 top − row 1 top)': String(rowPitch),
    'grid overflow (scrollWidth − clientWidth)': value('leads › scroll area', 'box.overflow-x'),
    'Apply button height': value(apply, 'box.height'),
    'Apply button border': values(apply, ['border-top-width', 'border-top-style']),
    'Apply button padding': values(apply, padding),
    'Apply button font': values(apply, ['font-size', 'font-family']),
  }
}

const reference: { capture?: Capture } = {}

describe('the kit under host stylesheets', () => {
  beforeAll(async () => {
    await page.viewport(1280, 1000)
    reference.capture = await capture(HOST_VARIANTS[0] as HostVariant)
  }, 120_000)

  for (const variant of HOST_VARIANTS) {
    it(`computes and paints the same: ${variant.name}`, { timeout: 120_000 }, async () => {
      const expected = reference.capture
      if (expected === undefined) {
        throw new Error('no reference capture')
      }
      const actual = await capture(variant)

      if (variant.sheets.includes('aggressive-reset')) {
        const record = { reference: recordOf(expected), aggressive: recordOf(actual) }
        await commands.writeFile(
          '.reports/style-isolation/aggressive-reset.json',
          `${JSON.stringify(record, null, 2)}\n`,
        )
        const rows = Object.keys(record.reference).map((name) => ({
          value: name,
          'no host CSS': record.reference[name],
          [`before (styles.css at ${before.stylesCommit})`]:
            (before.aggressive as Values)[name] ?? '(not recorded)',
          after: record.aggressive[name],
        }))
        console.log('Aggressive reset, computed values\n', rows)
      }

      const probeDiffs = diffProbes(expected.probes, actual.probes)
      const sweepDiffs = [...expected.sweeps].flatMap(([slot, values]) =>
        diffSweeps(values, actual.sweeps.get(slot) ?? new Map()).map((line) => `${slot}: ${line}`),
      )
      const imageDiffs = [...expected.images].map(([slot, image]) => {
        const other = actual.images.get(slot)
        const diff = other ? diffImages(image, other) : { ratio: 1, pixels: Number.NaN, size: '' }
        return { slot, ...diff }
      })
      const checks = {
        probes: [...expected.probes.values()].reduce((n, v) => n + Object.keys(v).length, 0),
        sweep: [...expected.sweeps.values()].reduce((n, v) => n + sweepSize(v), 0),
        screenshots: imageDiffs.length,
        worstRatio: Math.max(...imageDiffs.map((diff) => diff.ratio)),
        images: imageDiffs.map((diff) => `${diff.slot} ${diff.size} ${diff.pixels}px`).join(', '),
      }
      console.log(`${variant.name}: ${JSON.stringify(checks)}`)
      const differences = [...probeDiffs, ...sweepDiffs]
      if (differences.length > 0) {
        await commands.writeFile(
          `.reports/style-isolation/${variant.name.replaceAll(' ', '-')}.diff.txt`,
          `${differences.join('\n')}\n`,
        )
      }

      expect.soft(probeDiffs.slice(0, 60), `${probeDiffs.length} probe differences`).toEqual([])
      expect.soft(sweepDiffs.slice(0, 60), `${sweepDiffs.length} swept differences`).toEqual([])
      expect(
        imageDiffs.filter((diff) => !(diff.ratio <= MAX_DIFF_RATIO)),
        'screenshots differing beyond the tolerance',
      ).toEqual([])
    })
  }
})
