import { LeadsTable, type LeadsTableProps } from '@aura-kit/ui'
import { createRoot } from 'react-dom/client'
import { afterEach, expect, it, vi } from 'vitest'
import { LEADS } from './fixtures.ts'
import { KIT_CSS } from './hostStyles.ts'

type Column = NonNullable<LeadsTableProps['extraColumns']>[number]

/** A partner's own cell: an inline SVG icon and an image sized by attributes, and a hidden hint. */
const iconColumn: Column = {
  id: 'icon',
  header: 'Icon',
  cell: () => (
    <span className="partner-cell">
      <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor">
        <title>Star</title>
        <path d="M8 1l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5z" strokeWidth="2" />
      </svg>
      <img
        width="24"
        height="24"
        alt=""
        src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
      />
      <span hidden>hidden hint</span>
    </span>
  ),
}

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) {
    cleanup()
  }
})

it("keeps a partner's SVG and sized image as drawn, and hidden content hidden, inside the reset", async () => {
  const style = document.createElement('style')
  style.textContent = KIT_CSS
  document.head.append(style)
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  root.render(<LeadsTable locale="en-US" timeZone="UTC" data={LEADS} extraColumns={[iconColumn]} />)
  cleanups.push(() => {
    root.unmount()
    container.remove()
    style.remove()
  })
  const cell = await vi.waitFor(() => {
    const found = container.querySelector('tr[data-row-index="0"] .partner-cell')
    expect(found).not.toBeNull()
    return found as HTMLElement
  })
  const svg = cell.querySelector('svg') as SVGSVGElement
  const path = cell.querySelector('path') as SVGPathElement
  const image = cell.querySelector('img') as HTMLImageElement
  const text = getComputedStyle(cell).color
  expect(getComputedStyle(svg)).toMatchObject({ width: '16px', fill: 'none', stroke: text })
  expect(getComputedStyle(path).d).toMatch(/^path\("M ?8 1/)
  expect(getComputedStyle(path).strokeWidth).toBe('2px')
  expect(image.getBoundingClientRect()).toMatchObject({ width: 24, height: 24 })
  expect(getComputedStyle(cell.querySelector('[hidden]') as HTMLElement).display).toBe('none')
})

it('a host element marked data-aura-host keeps the host styles inside the kit; an unmarked one is reset', async () => {
  const kit = document.createElement('style')
  kit.textContent = KIT_CSS
  const host = document.createElement('style')
  host.textContent = `.host-button { padding: 3px 17px; border: 5px solid rgb(4, 5, 6);
    background: rgb(1, 2, 3); color: rgb(250, 250, 250) }
  .host-button::before { content: '★ ' }`
  document.head.append(kit, host)
  const column: Column = {
    id: 'actions',
    header: 'Actions',
    cell: () => (
      <span className="partner-actions">
        <button type="button" className="host-button" data-aura-host="">
          Marked
        </button>
        <button type="button" className="host-button">
          Unmarked
        </button>
      </span>
    ),
  }
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  root.render(<LeadsTable locale="en-US" timeZone="UTC" data={LEADS} extraColumns={[column]} />)
  cleanups.push(() => {
    root.unmount()
    container.remove()
    kit.remove()
    host.remove()
  })
  const [marked, unmarked] = await vi.waitFor(() => {
    const buttons = container.querySelectorAll<HTMLButtonElement>(
      'tr[data-row-index="0"] .partner-actions button',
    )
    expect(buttons).toHaveLength(2)
    return [...buttons] as [HTMLButtonElement, HTMLButtonElement]
  })
  expect(getComputedStyle(marked)).toMatchObject({
    paddingLeft: '17px',
    borderTopWidth: '5px',
    backgroundColor: 'rgb(1, 2, 3)',
  })
  expect(getComputedStyle(marked, '::before').content).toBe('"★ "')
  expect(getComputedStyle(unmarked).paddingLeft).not.toBe('17px')
  expect(getComputedStyle(unmarked).backgroundColor).not.toBe('rgb(1, 2, 3)')
  expect(getComputedStyle(unmarked, '::before').content).toBe('none')
})
