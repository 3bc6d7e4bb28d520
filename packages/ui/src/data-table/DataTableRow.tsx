'use client'
import { type Cell, flexRender, type Row, type RowData } from '@tanstack/react-table'
import { type MouseEvent, memo } from 'react'
import { CellBoundary } from './CellBoundary.tsx'
import type { DataTableFeatures } from './dataTableFeatures.ts'
import type { GridPosition } from './useGridNavigation.ts'

interface DataTableRowProps<TRow extends RowData> {
  row: Row<DataTableFeatures, TRow>
  /** The row's visible cells: a new array when columns are hidden, moved or replaced. */
  cells: Cell<DataTableFeatures, TRow, unknown>[]
  index: number
  /** Offset in the body, px. */
  top: number
  selected: boolean
  /** The focused column when this row holds the grid's focus, else -1. */
  activeCol: number
  onRowClick: (event: MouseEvent<HTMLTableRowElement>, row: TRow) => void
  onCellFocus: (position: GridPosition) => void
}

/**
 * One body row. Memoised so a scroll frame renders only the rows coming into view: every prop is
 * stable for a row that stays on screen. A row element may show another record after a scroll
 * (its slot is reused), so nothing here may hold state about the record it showed before.
 */
function DataTableRowInner<TRow extends RowData>({
  row,
  cells,
  index,
  top,
  selected,
  activeCol,
  onRowClick,
  onCellFocus,
}: DataTableRowProps<TRow>) {
  return (
    <tr
      data-row-index={index}
      data-state={selected ? 'selected' : undefined}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className="aura-row aura-body-row"
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => onRowClick(event, row.original)}
    >
      {cells.map((cell, col) => (
        <td
          key={cell.column.id}
          data-col-index={col}
          data-column-id={cell.column.id}
          aria-colindex={col + 1}
          tabIndex={activeCol === col ? 0 : -1}
          className="aura-cell"
          onFocus={() => onCellFocus({ row: index, col })}
        >
          <CellBoundary resetKey={row.id}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </CellBoundary>
        </td>
      ))}
    </tr>
  )
}

export const DataTableRow = memo(DataTableRowInner) as typeof DataTableRowInner
