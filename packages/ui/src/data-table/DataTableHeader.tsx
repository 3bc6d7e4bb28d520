'use client'
import type { ReactTable, RowData } from '@tanstack/react-table'
import { useMessageSections } from '../kit/useMessages.ts'
import { table as tableEn } from '../messages/en/table.ts'
import type { DataTableFeatures } from './dataTableFeatures.ts'
import type { SortingMode } from './useDataTable.ts'
import type { GridPosition } from './useGridNavigation.ts'

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

export function DataTableHeader<TRow extends RowData>({
  table,
  sortingMode,
  active,
  onCellFocus,
}: {
  table: ReactTable<DataTableFeatures, TRow>
  sortingMode: SortingMode
  /** The grid's roving focus position; the header is row -1. */
  active: GridPosition
  onCellFocus: (position: GridPosition) => void
}) {
  const multiSort = table.state.sorting.length > 1
  const messages = useMessageSections({ table: tableEn })
  const sortHint =
    sortingMode === 'loaded' ? messages.table.sortLoadedHint : messages.table.sortServerHint
  return (
    <thead className="aura-header">
      {table.getHeaderGroups().map((group) => (
        <tr
          key={group.id}
          className="aura-row aura-header-row"
          aria-rowindex={1}
          data-row-index={-1}
        >
          {group.headers.map((header, index) => {
            const column = header.column
            const sorted = column.getIsSorted()
            const canSort = column.getCanSort()
            const content = header.isPlaceholder ? null : <table.FlexRender header={header} />
            return (
              <th
                key={header.id}
                scope="col"
                className="aura-cell aura-header-cell"
                aria-colindex={index + 1}
                data-col-index={index}
                tabIndex={active.row === -1 && active.col === index ? 0 : -1}
                onFocus={() => onCellFocus({ row: -1, col: index })}
                aria-sort={sorted ? ARIA_SORT[sorted] : canSort ? 'none' : undefined}
                data-column-id={column.id}
              >
                {canSort ? (
                  <button
                    type="button"
                    // The header cell is the tab stop; Enter or Space on it sorts.
                    tabIndex={-1}
                    className="aura-sort-button"
                    onClick={column.getToggleSortingHandler()}
                    title={sortHint}
                  >
                    {content}
                    <span className="aura-sort-indicator" aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      {sorted && multiSort ? column.getSortIndex() + 1 : ''}
                    </span>
                  </button>
                ) : (
                  content
                )}
              </th>
            )
          })}
        </tr>
      ))}
    </thead>
  )
}
