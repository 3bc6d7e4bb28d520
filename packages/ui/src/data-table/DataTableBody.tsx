'use client'
import type { ReactTable, RowData } from '@tanstack/react-table'
import {
  defaultRangeExtractor,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { type MouseEvent, type RefObject, useCallback, useEffect, useMemo, useRef } from 'react'
import { DataTableRow } from './DataTableRow.tsx'
import type { DataTableFeatures } from './dataTableFeatures.ts'
import type { LoadMoreState } from './states.tsx'
import type { GridPosition } from './useGridNavigation.ts'

interface DataTableBodyProps<TRow extends RowData> {
  table: ReactTable<DataTableFeatures, TRow>
  getScrollElement: () => HTMLDivElement | null
  estimateRowHeight: number
  /** The scroll area's height until it is measured (server and hydrating render). */
  initialHeight: number
  overscan: number
  prefetchRows: number
  loadMore: LoadMoreState | undefined
  onRowOpen: ((row: TRow) => void) | undefined
  /** The grid's roving focus position (keys are handled on the grid). */
  active: GridPosition
  onCellFocus: (position: GridPosition) => void
  /** Filled in with this body's `scrollToIndex`, for keyboard moves. */
  scrollToRowRef: RefObject<(row: number) => void>
}

const INTERACTIVE = 'a, button, input, select, textarea, label, [role="checkbox"]'

/** The virtualized rows: mounted as deep as possible so scrolling re-renders only this. */
export function DataTableBody<TRow extends RowData>({
  table,
  getScrollElement,
  estimateRowHeight,
  initialHeight,
  overscan,
  prefetchRows,
  loadMore,
  onRowOpen,
  active,
  onCellFocus,
  scrollToRowRef,
}: DataTableBodyProps<TRow>) {
  const rows = table.getRowModel().rows
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null)
  scrollToRowRef.current = (row: number) => {
    if (row >= 0) {
      virtualizerRef.current?.scrollToIndex(row, { align: 'auto' })
    }
  }
  const activeRow = active.row
  // The focused row stays rendered even when scrolled out of the window.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (activeRow >= 0 && activeRow < range.count && !indexes.includes(activeRow)) {
        indexes.push(activeRow)
        indexes.sort((a, b) => a - b)
      }
      return indexes
    },
    [activeRow],
  )
  // Stable options: the virtualizer recomputes every row's offset when these change identity.
  const estimateSize = useCallback(() => estimateRowHeight, [estimateRowHeight])
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // Without a scroll element (on the server, and in the render that hydrates it, since the element
  // arrives through state after mount) the window comes from this rect, so both render the same
  // first screen of rows; measuring after mount then adjusts it.
  const initialRect = useMemo(() => ({ width: 0, height: initialHeight }), [initialHeight])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    overscan,
    getItemKey,
    rangeExtractor,
    initialRect,
  })
  virtualizerRef.current = virtualizer
  const items = virtualizer.getVirtualItems()
  const lastRendered = items.at(-1)?.index ?? -1

  const shouldFetch =
    loadMore !== undefined &&
    rows.length > 0 &&
    lastRendered >= rows.length - 1 - prefetchRows &&
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
  const sortingKey = JSON.stringify(table.state.sorting)
  const previousSortingKey = useRef(sortingKey)
  useEffect(() => {
    if (previousSortingKey.current !== sortingKey) {
      previousSortingKey.current = sortingKey
      virtualizerRef.current?.scrollToIndex(0)
    }
  }, [sortingKey])

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
    <tbody className="aura-body" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const row = rows[item.index]
        if (!row) {
          return null
        }
        return (
          <DataTableRow
            key={row.id}
            row={row}
            cells={row.getVisibleCells()}
            index={item.index}
            start={item.start}
            selected={row.getIsSelected()}
            activeCol={active.row === item.index ? active.col : -1}
            measureElement={virtualizer.measureElement}
            onRowClick={onRowClick}
            onCellFocus={onCellFocus}
          />
        )
      })}
    </tbody>
  )
}
