'use client'
import type { ReactTable, RowData } from '@tanstack/react-table'
import {
  defaultRangeExtractor,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { type MouseEvent, type RefObject, useCallback, useEffect, useRef } from 'react'
import { CellBoundary } from './CellBoundary.tsx'
import type { DataTableFeatures } from './dataTableFeatures.ts'
import type { LoadMoreState } from './states.tsx'
import type { GridPosition } from './useGridNavigation.ts'

interface DataTableBodyProps<TRow extends RowData> {
  table: ReactTable<DataTableFeatures, TRow>
  getScrollElement: () => HTMLDivElement | null
  estimateRowHeight: number
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
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize: () => estimateRowHeight,
    overscan,
    getItemKey: (index) => rows[index]?.id ?? index,
    rangeExtractor,
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

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: TRow) => {
    if ((event.target as HTMLElement).closest(INTERACTIVE)) {
      return
    }
    onRowOpen?.(row)
  }

  return (
    <tbody className="aura-body" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const row = rows[item.index]
        if (!row) {
          return null
        }
        const selected = row.getIsSelected()
        return (
          <tr
            key={row.id}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-row-index={item.index}
            data-state={selected ? 'selected' : undefined}
            aria-rowindex={item.index + 2}
            aria-selected={row.getCanSelect() ? selected : undefined}
            className="aura-row aura-body-row"
            style={{ transform: `translateY(${item.start}px)` }}
            onClick={(event) => onRowClick(event, row.original)}
          >
            {row.getVisibleCells().map((cell, col) => {
              const isActive = active.row === item.index && active.col === col
              return (
                <td
                  key={cell.id}
                  data-col-index={col}
                  data-column-id={cell.column.id}
                  aria-colindex={col + 1}
                  tabIndex={isActive ? 0 : -1}
                  className="aura-cell"
                  onFocus={() => onCellFocus({ row: item.index, col })}
                >
                  <CellBoundary>
                    <table.FlexRender cell={cell} />
                  </CellBoundary>
                </td>
              )
            })}
          </tr>
        )
      })}
    </tbody>
  )
}
