'use client'
import type { RowData } from '@tanstack/react-table'
import { createContext, useContext } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { useAllMessages } from '../kit/useAllMessages.ts'
import type { DataTableLabels, DataTableModel } from './useDataTable.ts'
import type { RowSelection } from './useRowSelection.ts'

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

// A context of its own, so the select cells re-render when the selection changes and the rest of
// a row does not.
const RowSelectionContext = createContext<RowSelection<unknown> | null>(null)
export const RowSelectionProvider = RowSelectionContext.Provider

/** The selection of the enclosing table; throws outside a table root. */
export function useRowSelectionContext(): RowSelection<unknown> {
  const selection = useContext(RowSelectionContext)
  if (!selection) {
    throw new Error(
      'The select column must be used inside <DataTable.Root> (or LeadsTable.Root, …)',
    )
  }
  return selection
}
