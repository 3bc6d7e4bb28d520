'use client'
import { DataTableParts } from '../data-table/DataTable.tsx'
import { type CallsTableProps, useCallsTable } from './useCallsTable.ts'

function CallsTableView(props: CallsTableProps) {
  const table = useCallsTable(props)
  return (
    <DataTableParts.Root table={table} className={props.className}>
      <DataTableParts.Toolbar />
      <DataTableParts.Grid>
        <DataTableParts.Footer />
      </DataTableParts.Grid>
    </DataTableParts.Root>
  )
}

/**
 * Aura calls: virtualized, infinite, filterable, exportable; closers and setters by name. Made of
 * parts over `useCallsTable`: `CallsTable.Root`, `.Toolbar`, `.Filters`, `.Export`, `.SortNote`,
 * `.ColumnMenu`, `.Grid`, `.Footer`.
 */
function CallsTableComponent(props: CallsTableProps) {
  // Plain data and a loaded list are different tables: switching remounts.
  return <CallsTableView key={props.data ? 'data' : 'query'} {...props} />
}

export const CallsTable = Object.assign(CallsTableComponent, {
  Root: DataTableParts.Root,
  Toolbar: DataTableParts.Toolbar,
  Filters: DataTableParts.Filters,
  Export: DataTableParts.Export,
  SortNote: DataTableParts.SortNote,
  ColumnMenu: DataTableParts.ColumnMenu,
  Grid: DataTableParts.Grid,
  Footer: DataTableParts.Footer,
})

export type { CallsTableProps }
