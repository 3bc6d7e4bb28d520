import { createColumnHelper, type RowData } from '@tanstack/react-table'
import type { DataTableColumn, DataTableFeatures } from './dataTableFeatures.ts'

/** The checkbox column: select-all in the header, one box per row. */
export function createSelectColumn<TRow extends RowData>(): DataTableColumn<TRow> {
  const helper = createColumnHelper<DataTableFeatures, TRow>()
  return helper.display({
    id: 'select',
    enableSorting: false,
    enableHiding: false,
    header: ({ table }) => (
      <input
        type="checkbox"
        className="aura-checkbox"
        aria-label="Select all loaded rows"
        checked={table.getIsAllRowsSelected()}
        ref={(input) => {
          if (input) {
            input.indeterminate = table.getIsSomeRowsSelected()
          }
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        className="aura-checkbox"
        aria-label="Select row"
        tabIndex={-1}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  })
}
