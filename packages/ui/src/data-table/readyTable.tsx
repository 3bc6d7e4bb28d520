'use client'
import { DataTableParts } from './DataTable.tsx'
import type { AnyDataTableModel } from './DataTableContext.tsx'

/** The ready-made layout of every kit table: the toolbar, then the grid with its footer. */
export function StandardTable({
  table,
  className,
}: {
  table: AnyDataTableModel
  className?: string | undefined
}) {
  return (
    <DataTableParts.Root table={table} className={className}>
      <DataTableParts.Toolbar />
      <DataTableParts.Grid>
        <DataTableParts.Footer />
      </DataTableParts.Grid>
    </DataTableParts.Root>
  )
}

/** The parts of an Aura list table, hung on the ready-made component (`LeadsTable.Root`…). */
export const AURA_LIST_TABLE_PARTS = {
  Root: DataTableParts.Root,
  Toolbar: DataTableParts.Toolbar,
  Filters: DataTableParts.Filters,
  Export: DataTableParts.Export,
  SortNote: DataTableParts.SortNote,
  ColumnMenu: DataTableParts.ColumnMenu,
  Grid: DataTableParts.Grid,
  Footer: DataTableParts.Footer,
}

/** Plain `data` and a loaded list are different tables: a key that changes between them remounts. */
export const sourceKey = (props: { data?: unknown }) => (props.data ? 'data' : 'query')
