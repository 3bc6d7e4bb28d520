'use client'
import {
  forwardRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useRef,
  useState,
} from 'react'
import { useComposedRefs } from '../kit/compose.ts'
import { cx } from '../kit/parts.ts'
import { useMessageSections } from '../kit/useMessages.ts'
import { table as tableEn } from '../messages/en/table.ts'
import { DataTableBody } from './DataTableBody.tsx'
import { useDataTableContext, useTableLabels } from './DataTableContext.tsx'
import { DataTableHeader } from './DataTableHeader.tsx'
import { DataState } from './states.tsx'
import { type GridPosition, useGridNavigation } from './useGridNavigation.ts'

export interface DataTableGridProps extends HTMLAttributes<HTMLDivElement> {}

/**
 * The virtualized grid (WAI-ARIA grid keyboard, one tab stop) in its scroll area, with the
 * loading, error and empty states; children (e.g. `<DataTable.Footer />`) follow the rows inside
 * the scroll area. Renders one `div` (the scroll area), forwards its ref and spreads the rest.
 */
export const DataTableGrid = forwardRef<HTMLDivElement, DataTableGridProps>(function DataTableGrid(
  { className, children, ...rest },
  forwardedRef,
) {
  const model = useDataTableContext('DataTable.Grid')
  const labels = useTableLabels(model)
  const messages = useMessageSections({ table: tableEn })
  const {
    instance: table,
    rows,
    view,
    selection,
    status,
    loadMore,
    estimateRowHeight,
    onRowOpen,
  } = model
  // State, not refs: the body's row window wires itself to them in a layout effect, which React
  // runs before it attaches these ancestors' refs.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null)
  const ref = useComposedRefs(forwardedRef, setScrollElement)
  const [probeElement, setProbeElement] = useState<HTMLDivElement | null>(null)
  const visibleColumns = table.getVisibleLeafColumns().length
  const isEmpty = rows.length === 0

  const gridRef = useRef<HTMLTableElement>(null)
  const getGrid = useCallback(() => gridRef.current, [])
  const getHeaderHeight = useCallback(() => gridRef.current?.tHead?.offsetHeight ?? 0, [])
  // The body fills this in with its row window; the header row (-1) is sticky, always in view.
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
    pageSize: () =>
      Math.max(1, Math.floor((scrollElement?.clientHeight ?? 0) / estimateRowHeight) - 1),
    scrollToRow,
    getContainer: getGrid,
    onActivate: (position, event) => {
      if (position.row < 0) {
        sortByHeader(position, event)
        return
      }
      const original = view.original(position.row)
      if (original !== undefined) {
        onRowOpen?.(original)
      }
    },
    onToggle: (position, event) => {
      if (position.row < 0) {
        sortByHeader(position, event)
        return
      }
      const row = view.row(position.row)
      if (row) {
        selection.toggle(row.id)
      }
    },
  })

  let state: ReactNode = null
  if (status === 'pending' && isEmpty) {
    state = <DataState status="loading" rows={8} columns={visibleColumns} />
  } else if (status === 'error' && isEmpty) {
    state = <DataState status="error" error={model.error} onRetry={model.onRetry} />
  } else if (isEmpty) {
    state = (
      <DataState status="empty" title={labels.empty}>
        {model.clearFilters ? (
          <button type="button" className="aura-button" onClick={model.clearFilters}>
            {messages.table.clearFilters}
          </button>
        ) : null}
      </DataState>
    )
  }

  return (
    <div {...rest} ref={ref} className={cx('aura-scroll', className)}>
      <div className="aura-scroll-probe" aria-hidden="true">
        <div ref={setProbeElement} />
      </div>
      <table
        ref={gridRef}
        className="aura-grid"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA's data grid pattern is a table with role="grid".
        role="grid"
        aria-label={labels.grid}
        aria-rowcount={rows.length + 1}
        aria-colcount={visibleColumns}
        aria-busy={
          status === 'pending' || loadMore?.isFetchingNextPage || view.sorting ? true : undefined
        }
        aria-multiselectable={model.onSelectionChange ? true : undefined}
        onKeyDown={navigation.onKeyDown}
      >
        <DataTableHeader
          table={table}
          sortingMode={model.sortingMode}
          active={navigation.active}
          onCellFocus={navigation.onCellFocus}
        />
        {isEmpty ? null : (
          <DataTableBody
            view={view}
            selection={selection}
            sortingKey={JSON.stringify(model.sorting)}
            scrollElement={scrollElement}
            probeElement={probeElement}
            getTopInset={getHeaderHeight}
            rowHeight={estimateRowHeight}
            initialHeight={model.initialHeight}
            overscan={model.overscan}
            prefetchRows={model.prefetchRows}
            loadMore={loadMore}
            onRowOpen={onRowOpen}
            active={navigation.active}
            onCellFocus={navigation.onCellFocus}
            scrollToRowRef={scrollToRowRef}
          />
        )}
      </table>
      {state}
      {children}
    </div>
  )
})
