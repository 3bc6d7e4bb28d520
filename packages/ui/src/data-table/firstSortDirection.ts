import type { RowData } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { DataTableColumn } from './dataTableFeatures.ts'

function columnValue<TRow extends RowData>(
  column: DataTableColumn<TRow>,
  row: TRow,
  index: number,
): unknown {
  if ('accessorFn' in column && typeof column.accessorFn === 'function') {
    return column.accessorFn(row, index)
  }
  if ('accessorKey' in column && typeof column.accessorKey === 'string' && row) {
    return (row as Record<string, unknown>)[column.accessorKey]
  }
  return undefined
}

/** TanStack's rule, over the first ten loaded rows: text sorts ascending first, anything else descending. */
function descFirst<TRow extends RowData>(
  column: DataTableColumn<TRow>,
  rows: readonly TRow[],
): boolean {
  for (let index = 0; index < Math.min(10, rows.length); index++) {
    try {
      const value = columnValue(column, rows[index] as TRow, index)
      if (value != null) {
        return typeof value !== 'string'
      }
    } catch {
      // An odd record says nothing about the column.
    }
  }
  return true
}

/**
 * The columns with `sortDescFirst` filled in where a column leaves it open. TanStack guesses it
 * from its row model, which the kit's lazy tables don't build; this keeps its guess (numbers and
 * dates start descending, text ascending) from the loaded rows instead.
 */
export function useFirstSortDirections<TRow extends RowData>(
  columns: DataTableColumn<TRow>[],
  rows: readonly TRow[],
): DataTableColumn<TRow>[] {
  const directions = columns
    .map((column) => (column.sortDescFirst === undefined && descFirst(column, rows) ? 'd' : 'a'))
    .join('')
  return useMemo(
    () =>
      columns.map((column, index) =>
        column.sortDescFirst === undefined
          ? { ...column, sortDescFirst: directions[index] === 'd' }
          : column,
      ),
    [columns, directions],
  )
}
