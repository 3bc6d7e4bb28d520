'use client'
import {
  type ColumnVisibilityState,
  functionalUpdate,
  type RowData,
  type RowSelectionState,
  type SortingState,
  type Updater,
  useTable,
} from '@tanstack/react-table'
import { type KeyboardEvent, type ReactNode, useCallback, useRef, useState } from 'react'
import { ColumnMenu } from '../column-menu/ColumnMenu.tsx'
import { DataTableBody } from './DataTableBody.tsx'
import { DataTableHeader } from './DataTableHeader.tsx'
import { type DataTableColumn, dataTableFeatures } from './dataTableFeatures.ts'
import {
  EmptyState,
  ErrorState,
  LoadMoreFooter,
  type LoadMoreState,
  SkeletonRows,
} from './states.tsx'
import { type GridPosition, useGridNavigation } from './useGridNavigation.ts'

export type SortingMode = 'none' | 'loaded' | 'server'

/** The default `--aura-table-height` in styles.css. */
const DEFAULT_TABLE_HEIGHT = 480

export interface DataTableProps<TRow extends RowData> {
  /** Accessible name of the grid. */
  label: string
  rows: TRow[]
  columns: DataTableColumn<TRow>[]
  getRowId: (row: TRow, index: number) => string
  status: 'pending' | 'error' | 'success'
  error?: unknown
  onRetry?: (() => void) | undefined
  loadMore?: LoadMoreState | undefined
  /** `server`: sorting goes to the parent (`sorting`/`onSortingChange`); `loaded`: sorts loaded rows. */
  sortingMode: SortingMode
  sorting?: SortingState | undefined
  onSortingChange?: ((sorting: SortingState) => void) | undefined
  onRowOpen?: ((row: TRow) => void) | undefined
  onSelectionChange?: ((rows: TRow[]) => void) | undefined
  emptyMessage: string
  onClearFilters?: (() => void) | undefined
  /** Filter bar, export button…, shown above the grid beside the column menu. */
  toolbar?: ReactNode
  defaultColumnVisibility?: ColumnVisibilityState | undefined
  /** Row height estimate in px (rows are measured once rendered). */
  estimateRowHeight?: number | undefined
  /**
   * Height in px assumed for the scroll area until it is measured: the rows that fit are rendered
   * on the server and in the first (hydrating) render. Default 480, the `--aura-table-height`.
   */
  initialHeight?: number | undefined
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number | undefined
  /** Fetch the next page once the user is this many rows from the end. */
  prefetchRows?: number | undefined
}

/** The generic virtualized grid behind every kit table. */
export function DataTable<TRow extends RowData>({
  label,
  rows,
  columns,
  getRowId,
  status,
  error,
  onRetry,
  loadMore,
  sortingMode,
  sorting: serverSorting,
  onSortingChange,
  onRowOpen,
  onSelectionChange,
  emptyMessage,
  onClearFilters,
  toolbar,
  defaultColumnVisibility,
  estimateRowHeight = 40,
  initialHeight = DEFAULT_TABLE_HEIGHT,
  overscan = 10,
  prefetchRows = 20,
}: DataTableProps<TRow>) {
  const [loadedSorting, setLoadedSorting] = useState<SortingState>([])
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(
    defaultColumnVisibility ?? {},
  )
  const sorting = sortingMode === 'server' ? (serverSorting ?? []) : loadedSorting
  const rowsRef = useRef(rows)
  rowsRef.current = rows
  const selectionRef = useRef(rowSelection)
  selectionRef.current = rowSelection

  const handleSortingChange = (updater: Updater<SortingState>) => {
    const next = functionalUpdate(updater, sorting)
    if (sortingMode === 'server') {
      onSortingChange?.(next)
    } else {
      setLoadedSorting(next)
    }
  }
  const handleSelectionChange = (updater: Updater<RowSelectionState>) => {
    const next = functionalUpdate(updater, selectionRef.current)
    selectionRef.current = next
    setRowSelection(next)
    onSelectionChange?.(rowsRef.current.filter((row, index) => next[getRowId(row, index)]))
  }

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    state: { sorting, rowSelection, columnVisibility },
    onSortingChange: handleSortingChange,
    onRowSelectionChange: handleSelectionChange,
    onColumnVisibilityChange: (updater) =>
      setColumnVisibility((previous) => functionalUpdate(updater, previous)),
    manualSorting: sortingMode === 'server',
    enableSorting: sortingMode !== 'none',
    enableMultiSort: true,
    isMultiSortEvent: (event) =>
      typeof event === 'object' && event !== null && 'shiftKey' in event && event.shiftKey === true,
  })

  // State, not a ref: the body's virtualizer must re-render once the element exists.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null)
  const getScrollElement = useCallback(() => scrollElement, [scrollElement])
  const visibleColumns = table.getVisibleLeafColumns().length
  const isEmpty = rows.length === 0

  const gridRef = useRef<HTMLTableElement>(null)
  const getGrid = useCallback(() => gridRef.current, [])
  // The body fills this in with its virtualizer; the header row (-1) is sticky, always in view.
  const scrollToRowRef = useRef<(row: number) => void>(() => {})
  const scrollToRow = useCallback((row: number) => scrollToRowRef.current(row), [])
  const sortByHeader = ({ col }: GridPosition, event: KeyboardEvent<HTMLElement>) => {
    const column = table.getVisibleLeafColumns()[col]
    if (column?.getCanSort()) {
      column.getToggleSortingHandler()?.(event)
    }
  }
  const navigation = useGridNavigation({
    rowCount: rows.length,
    colCount: visibleColumns,
    pageSize: Math.max(1, Math.floor((scrollElement?.clientHeight ?? 0) / estimateRowHeight) - 1),
    scrollToRow,
    getContainer: getGrid,
    onActivate: (position, event) => {
      if (position.row < 0) {
        sortByHeader(position, event)
        return
      }
      const row = table.getRowModel().rows[position.row]
      if (row) {
        onRowOpen?.(row.original)
      }
    },
    onToggle: (position, event) => {
      if (position.row < 0) {
        sortByHeader(position, event)
        return
      }
      const row = table.getRowModel().rows[position.row]
      if (row?.getCanSelect()) {
        row.toggleSelected()
      }
    },
  })

  let state: ReactNode = null
  if (status === 'pending' && isEmpty) {
    state = <SkeletonRows count={8} columns={visibleColumns} />
  } else if (status === 'error' && isEmpty) {
    state = <ErrorState error={error} onRetry={onRetry} />
  } else if (isEmpty) {
    state = <EmptyState message={emptyMessage} onClearFilters={onClearFilters} />
  }

  return (
    <div className="aura-data-table">
      <div className="aura-toolbar">
        {toolbar}
        {sortingMode === 'loaded' ? (
          <span className="aura-note">Sorting applies to loaded rows only</span>
        ) : null}
        <ColumnMenu columns={table.getAllLeafColumns()} />
      </div>
      <div ref={setScrollElement} className="aura-scroll">
        <table
          ref={gridRef}
          className="aura-grid"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA's data grid pattern is a table with role="grid".
          role="grid"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-colcount={visibleColumns}
          aria-busy={status === 'pending' || loadMore?.isFetchingNextPage ? true : undefined}
          aria-multiselectable={onSelectionChange ? true : undefined}
          onKeyDown={navigation.onKeyDown}
        >
          <DataTableHeader
            table={table}
            sortingMode={sortingMode}
            active={navigation.active}
            onCellFocus={navigation.onCellFocus}
          />
          {isEmpty ? null : (
            <DataTableBody
              table={table}
              getScrollElement={getScrollElement}
              estimateRowHeight={estimateRowHeight}
              initialHeight={initialHeight}
              overscan={overscan}
              prefetchRows={prefetchRows}
              loadMore={loadMore}
              onRowOpen={onRowOpen}
              active={navigation.active}
              onCellFocus={navigation.onCellFocus}
              scrollToRowRef={scrollToRowRef}
            />
          )}
        </table>
        {state}
        {loadMore && (!isEmpty || loadMore.pagingIssue) ? (
          <LoadMoreFooter state={loadMore} />
        ) : null}
      </div>
    </div>
  )
}
