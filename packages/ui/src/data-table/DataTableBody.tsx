'use client'
import type { RowData } from '@tanstack/react-table'
import { type MouseEvent, type RefObject, useCallback, useEffect, useRef } from 'react'
import { DataTableRow } from './DataTableRow.tsx'
import { rowTop } from './rowWindow.ts'
import { SlotKeys } from './slotKeys.ts'
import type { LoadMoreState } from './states.tsx'
import type { GridPosition } from './useGridNavigation.ts'
import type { RowSelection } from './useRowSelection.ts'
import { useRowWindow } from './useRowWindow.ts'
import type { TableRows } from './useTableRows.ts'

interface DataTableBodyProps<TRow extends RowData> {
  view: TableRows<TRow>
  selection: RowSelection<TRow>
  /** Changes when the sorting does: a new order starts at the top. */
  sortingKey: string
  scrollElement: HTMLDivElement | null
  /** The scroll probe inside the scroll area (see `useRowWindow`). */
  probeElement: HTMLDivElement | null
  /** Height of the sticky header row, px. */
  getTopInset: () => number
  rowHeight: number
  /** The scroll area's height until it is measured (server and hydrating render). */
  initialHeight: number
  overscan: number
  prefetchRows: number
  loadMore: LoadMoreState | undefined
  onRowOpen: ((row: TRow) => void) | undefined
  /** The grid's roving focus position (keys are handled on the grid). */
  active: GridPosition
  onCellFocus: (position: GridPosition) => void
  /** Filled in with this body's `scrollToRow`, for keyboard moves. */
  scrollToRowRef: RefObject<(row: number) => void>
}

const INTERACTIVE = 'a, button, input, select, textarea, label, [role="checkbox"]'

/**
 * The rendered window of rows: mounted as deep as possible so scrolling re-renders only this.
 * Rows are a fixed height, so the window is arithmetic (no measuring); rows leaving it hand
 * their DOM to rows entering it (`SlotKeys`).
 */
export function DataTableBody<TRow extends RowData>({
  view,
  selection,
  sortingKey,
  scrollElement,
  probeElement,
  getTopInset,
  rowHeight,
  initialHeight,
  overscan,
  prefetchRows,
  loadMore,
  onRowOpen,
  active,
  onCellFocus,
  scrollToRowRef,
}: DataTableBodyProps<TRow>) {
  const range = useRowWindow({
    scrollElement,
    probeElement,
    getTopInset,
    count: view.count,
    rowHeight,
    overscan,
    initialHeight,
  })
  scrollToRowRef.current = range.scrollToRow

  // The focused row stays rendered even when scrolled out of the window.
  const indexes: number[] = []
  for (let index = range.first; index <= range.last; index++) {
    indexes.push(index)
  }
  if (active.row >= 0 && active.row < view.count && !indexes.includes(active.row)) {
    indexes.push(active.row)
  }
  const slotKeys = useRef<SlotKeys | null>(null)
  slotKeys.current ??= new SlotKeys()
  const keys = slotKeys.current.assign(indexes)

  const shouldFetch =
    loadMore !== undefined &&
    view.count > 0 &&
    range.last >= view.count - 1 - prefetchRows &&
    loadMore.hasNextPage &&
    !loadMore.isFetchingNextPage &&
    !loadMore.isFetchNextPageError
  const loadMoreRef = useRef(loadMore)
  loadMoreRef.current = loadMore
  useEffect(() => {
    if (shouldFetch) {
      loadMoreRef.current?.fetchNextPage()
    }
  }, [shouldFetch])

  // A new sort order starts at the top (server sorting replaces the rows).
  const previousSortingKey = useRef(sortingKey)
  useEffect(() => {
    if (previousSortingKey.current !== sortingKey) {
      previousSortingKey.current = sortingKey
      if (scrollElement) {
        scrollElement.scrollTop = 0
      }
    }
  }, [sortingKey, scrollElement])

  const onRowClick = useCallback(
    (event: MouseEvent<HTMLTableRowElement>, row: TRow) => {
      if ((event.target as HTMLElement).closest(INTERACTIVE)) {
        return
      }
      onRowOpen?.(row)
    },
    [onRowOpen],
  )
  return (
    <tbody className="aura-body" style={{ height: range.bodyHeight }}>
      {indexes.map((index, position) => {
        const row = view.row(index)
        if (!row) {
          return null
        }
        return (
          <DataTableRow
            key={keys[position]}
            row={row}
            cells={row.getVisibleCells()}
            index={index}
            top={rowTop(index, rowHeight, range)}
            selected={selection.isSelected(row.id)}
            activeCol={active.row === index ? active.col : -1}
            onRowClick={onRowClick}
            onCellFocus={onCellFocus}
          />
        )
      })}
    </tbody>
  )
}
