import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from '../test-utils/setupDom.ts'
import { DataTable } from './DataTable.tsx'
import type { DataTableColumn } from './dataTableFeatures.ts'
import { createSelectColumn } from './selectColumn.tsx'
import { SORT_AT_ONCE_LIMIT } from './useTableRows.ts'

interface Item {
  id: string
  name: string
  rank: number
}

const makeItems = (count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `item-${index}`,
    // Not in id order, so a sort visibly reorders.
    name: `Name ${String((index * 7919 + 12_345) % count).padStart(7, '0')}`,
    rank: index,
  }))

function setup(items: Item[]) {
  const nameAccessor = vi.fn((item: Item) => item.name)
  const getRowId = vi.fn((item: Item) => item.id)
  const onSelectionChange = vi.fn()
  const columns: DataTableColumn<Item>[] = [
    createSelectColumn<Item>(),
    { id: 'name', header: 'Name', accessorFn: nameAccessor, cell: (info) => info.getValue() },
    { id: 'rank', header: 'Rank', accessorKey: 'rank' },
  ]
  const view = render(
    <AuraRoot>
      <DataTable<Item>
        label="Items"
        rows={items}
        columns={columns}
        getRowId={getRowId}
        status="success"
        sortingMode="loaded"
        emptyMessage="Nothing"
        onSelectionChange={onSelectionChange}
      />
    </AuraRoot>,
  )
  const scrollArea = view.container.querySelector<HTMLDivElement>('.aura-scroll')
  if (!scrollArea) {
    throw new Error('no scroll area')
  }
  return { ...view, scrollArea, nameAccessor, getRowId, onSelectionChange }
}

const bodyRows = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLTableRowElement>('tbody tr'))
const rowIndexes = (container: HTMLElement) =>
  bodyRows(container).map((row) => Number(row.dataset.rowIndex))
/** The first rendered row other than the focused one (row 0, which stays rendered). */
const firstRendered = (container: HTMLElement) =>
  Math.min(...rowIndexes(container).filter((index) => index !== 0))
const names = (container: HTMLElement) =>
  bodyRows(container).map((row) => row.querySelector('[data-column-id="name"]')?.textContent)

function scrollTo(scrollArea: HTMLDivElement, scrollTop: number) {
  scrollArea.scrollTop = scrollTop
  fireEvent.scroll(scrollArea)
}

const OVERSCAN = 5

describe('large tables', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('does no work per record at mount: a million rows cost the rendered ones', () => {
    const items = makeItems(1_000_000)
    const { container, nameAccessor, getRowId } = setup(items)
    // The first screen for the default `initialHeight` (480 px) covers the 400 px viewport, so
    // measuring it renders nothing more.
    expect(bodyRows(container)).toHaveLength(480 / ROW_HEIGHT + OVERSCAN)
    // Ids and values are read for the rendered rows (and ten rows that tell the first sort
    // direction), not for the million.
    expect(getRowId.mock.calls.length).toBeLessThan(50)
    expect(nameAccessor.mock.calls.length).toBeLessThan(50)
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(1_000_001))
  })

  it('renders the rows at the scroll position, even past the height a browser can lay out', () => {
    const items = makeItems(1_000_000)
    const { container, scrollArea } = setup(items)
    const body = container.querySelector<HTMLElement>('tbody')
    // 40 million px of rows in a body the browser can hold.
    expect(Number.parseFloat(body?.style.height ?? '')).toBe(8_000_000)
    scrollTo(scrollArea, 8_000_000 - VIEWPORT_HEIGHT)
    // The focused row (0) stays rendered after the window.
    expect(rowIndexes(container).at(-2)).toBe(999_999)
    expect(names(container).at(-2)).toBe(items[999_999]?.name)
    scrollTo(scrollArea, (8_000_000 - VIEWPORT_HEIGHT) / 2)
    expect(firstRendered(container)).toBeGreaterThan(499_000)
    expect(firstRendered(container)).toBeLessThan(501_000)
  })

  it('hands the elements of rows leaving the window to rows entering it', () => {
    const { container, scrollArea } = setup(makeItems(1_000))
    const before = bodyRows(container)
    // Far enough to leave the overscan: every row but the focused one (0) is new, and each is
    // shown by an element that showed another row before: none was created.
    scrollTo(scrollArea, 400 * ROW_HEIGHT)
    const after = bodyRows(container)
    // A jump renders the view and one row either side (the next frame is likely another jump).
    expect(firstRendered(container)).toBe(399)
    expect(after.every((row) => before.includes(row))).toBe(true)
    // A small scroll: the rows that stay keep their element.
    const stay = new Map(after.map((row) => [row.dataset.rowIndex, row]))
    scrollTo(scrollArea, 400 * ROW_HEIGHT + 8 * ROW_HEIGHT)
    for (const row of bodyRows(container)) {
      const kept = stay.get(row.dataset.rowIndex)
      if (kept) {
        expect(row).toBe(kept)
      }
    }
  })

  it('renders nothing while the rows in view are already rendered', () => {
    const { container, scrollArea } = setup(makeItems(1_000))
    // A jump renders the view and a row either side.
    scrollTo(scrollArea, 100 * ROW_HEIGHT)
    expect(firstRendered(container)).toBe(99)
    // Leaving those by a small scroll brings the overscan back.
    scrollTo(scrollArea, 102 * ROW_HEIGHT)
    expect(firstRendered(container)).toBe(102 - OVERSCAN)
    const rendered = rowIndexes(container)
    // Two rows further down: still inside the overscan, so the same rows stay.
    scrollTo(scrollArea, 104 * ROW_HEIGHT)
    expect(rowIndexes(container)).toEqual(rendered)
    // Past it by a jump: the view and a row either side again.
    scrollTo(scrollArea, 120 * ROW_HEIGHT)
    expect(firstRendered(container)).toBe(119)
    expect(rowIndexes(container)).toContain(130)
  })

  it('renders a jump before the frame paints when the scroll probe resizes', () => {
    const observers: { callback: ResizeObserverCallback; targets: Element[] }[] = []
    vi.stubGlobal(
      'ResizeObserver',
      class {
        targets: Element[] = []
        constructor(callback: ResizeObserverCallback) {
          observers.push({ callback, targets: this.targets })
        }
        observe(target: Element) {
          this.targets.push(target)
        }
        unobserve() {}
        disconnect() {}
      },
    )
    const { container, scrollArea } = setup(makeItems(10_000))
    const probe = container.querySelector('.aura-scroll-probe > *')
    expect(probe?.closest('[aria-hidden="true"]')).not.toBeNull()
    const observer = observers.find((entry) => probe && entry.targets.includes(probe))
    expect(observer).toBeDefined()
    // A script jumps; no scroll event yet (it comes a frame later). The probe's resize arrives
    // after layout, before paint, and the rows are there when it returns.
    scrollArea.scrollTop = 5_000 * ROW_HEIGHT
    act(() => {
      observer?.callback([{ target: probe } as ResizeObserverEntry], {} as ResizeObserver)
    })
    expect(firstRendered(container)).toBe(4_999)
  })

  it('brings a row fully into view below the sticky header on keyboard moves', () => {
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.localName === 'thead' ? ROW_HEIGHT : (offsetHeight?.get?.call(this) ?? 0)
    })
    const { container, scrollArea } = setup(makeItems(1_000))
    const firstCell = container.querySelector<HTMLElement>('tbody [data-col-index="1"]')
    firstCell?.focus()
    fireEvent.keyDown(firstCell as HTMLElement, { key: 'End', ctrlKey: true })
    // The last row's bottom meets the viewport's: 1,000 rows under a 40 px header in 400 px.
    expect(scrollArea.scrollTop).toBe(1_000 * ROW_HEIGHT - (VIEWPORT_HEIGHT - ROW_HEIGHT))
    expect(document.activeElement?.closest('tr')?.dataset.rowIndex).toBe('999')
    // Ctrl+Home goes to the header row, and the list back to its top.
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home', ctrlKey: true })
    expect(scrollArea.scrollTop).toBe(0)
    expect(document.activeElement?.localName).toBe('th')
  })

  it(`sorts more than ${SORT_AT_ONCE_LIMIT.toLocaleString('en')} rows in slices, busy meanwhile`, async () => {
    const items = makeItems(60_000)
    const { container } = setup(items)
    const grid = screen.getByRole('grid')
    fireEvent.click(within(grid).getByRole('button', { name: /Name/ }))
    // The sort runs between tasks: the grid says it is busy and keeps the loaded order.
    expect(grid.getAttribute('aria-busy')).toBe('true')
    expect(names(container)[0]).toBe(items[0]?.name)
    const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name))
    await waitFor(() => expect(names(container)[0]).toBe(sorted[0]?.name), { timeout: 10_000 })
    expect(grid.hasAttribute('aria-busy')).toBe(false)
    expect(names(container).slice(0, 5)).toEqual(sorted.slice(0, 5).map((item) => item.name))
  })

  it('selects every loaded row by id and reports them, with no row objects built', () => {
    const items = makeItems(100_000)
    const { getRowId, onSelectionChange } = setup(items)
    const calls = getRowId.mock.calls.length
    fireEvent.click(screen.getByRole('checkbox', { name: /select all/i }))
    expect(onSelectionChange).toHaveBeenLastCalledWith(items)
    expect(
      (screen.getByRole('checkbox', { name: /select all/i }) as HTMLInputElement).checked,
    ).toBe(true)
    const rowBoxes = screen.getAllByRole('checkbox', { name: /select row/i })
    expect(rowBoxes.every((box) => (box as HTMLInputElement).checked)).toBe(true)
    // Ids come from `getRowId` over the records; no TanStack row was made for them.
    expect(getRowId.mock.calls.length - calls).toBeGreaterThanOrEqual(100_000)
    fireEvent.click(rowBoxes[0] as HTMLElement)
    expect(onSelectionChange.mock.lastCall?.[0]).toHaveLength(99_999)
    const selectAll = screen.getByRole('checkbox', { name: /select all/i }) as HTMLInputElement
    expect(selectAll.checked).toBe(false)
    expect(selectAll.indeterminate).toBe(true)
  })
})
