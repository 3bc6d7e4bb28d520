'use client'
import {
  type CellContext,
  createColumnHelper,
  type HeaderContext,
  type RowData,
} from '@tanstack/react-table'
import { useMessageSections } from '../kit/useMessages.ts'
import { table as tableEn } from '../messages/en/table.ts'
import { useRowSelectionContext } from './DataTableContext.tsx'
import type { DataTableColumn, DataTableFeatures } from './dataTableFeatures.ts'

function SelectAll<TRow extends RowData>(_: HeaderContext<DataTableFeatures, TRow, unknown>) {
  const messages = useMessageSections({ table: tableEn })
  const selection = useRowSelectionContext()
  return (
    <input
      type="checkbox"
      className="aura-checkbox"
      aria-label={messages.table.selectAll}
      checked={selection.allSelected}
      ref={(input) => {
        if (input) {
          input.indeterminate = selection.someSelected
        }
      }}
      onChange={(event) => selection.toggleAll(event.target.checked)}
    />
  )
}

function SelectRow<TRow extends RowData>({ row }: CellContext<DataTableFeatures, TRow, unknown>) {
  const messages = useMessageSections({ table: tableEn })
  const selection = useRowSelectionContext()
  return (
    <input
      type="checkbox"
      className="aura-checkbox"
      aria-label={messages.table.selectRow}
      tabIndex={-1}
      checked={selection.isSelected(row.id)}
      onChange={(event) => selection.toggle(row.id, event.target.checked)}
    />
  )
}

/** The checkbox column: select-all in the header, one box per row, labelled from the messages. */
export function createSelectColumn<TRow extends RowData>(): DataTableColumn<TRow> {
  const helper = createColumnHelper<DataTableFeatures, TRow>()
  return helper.display({
    id: 'select',
    enableSorting: false,
    enableHiding: false,
    header: SelectAll<TRow>,
    cell: SelectRow<TRow>,
  })
}
