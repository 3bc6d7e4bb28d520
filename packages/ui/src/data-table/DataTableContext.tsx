'use client'
import type { RowData } from '@tanstack/react-table'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { useAllMessages } from '../kit/useAllMessages.ts'
import type { DataTableLabels, DataTableModel } from './useDataTable.ts'

// biome-ignore lint/suspicious/noExplicitAny: parts serve tables of any row and filter type.
export type AnyDataTableModel = DataTableModel<any, any>

const TableModelContext = createPartContext<AnyDataTableModel>(
  '<DataTable.Root> (or LeadsTable.Root, …)',
)
const DataTableProvider = TableModelContext.Context.Provider
const useTableModel = (part?: string) => usePartContext(TableModelContext, part)

export { DataTableProvider }

/** The table model of the enclosing `<DataTable.Root>` (or `LeadsTable.Root`…); throws outside. */
export function useDataTableContext<TRow extends RowData = RowData>(
  part = 'A table part',
): DataTableModel<TRow, unknown> {
  return useTableModel(part)
}

/** The table's labels in the kit's messages where the part renders. */
export function useTableLabels(model: AnyDataTableModel): DataTableLabels {
  return model.labels(useAllMessages())
}
