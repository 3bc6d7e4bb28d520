'use client'
import { DataTableParts } from '../data-table/DataTable.tsx'
import { type LeadsTableProps, useLeadsTable } from './useLeadsTable.ts'

function LeadsTableView(props: LeadsTableProps) {
  const table = useLeadsTable(props)
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
 * Aura leads: virtualized, infinite, filterable, exportable. Made of parts you can compose
 * yourself over `useLeadsTable`: `LeadsTable.Root`, `.Toolbar`, `.Filters`, `.Export`,
 * `.SortNote`, `.ColumnMenu`, `.Grid`, `.Footer`.
 */
function LeadsTableComponent(props: LeadsTableProps) {
  // Plain data and a loaded list are different tables: switching remounts.
  return <LeadsTableView key={props.data ? 'data' : 'query'} {...props} />
}

export const LeadsTable = Object.assign(LeadsTableComponent, {
  Root: DataTableParts.Root,
  Toolbar: DataTableParts.Toolbar,
  Filters: DataTableParts.Filters,
  Export: DataTableParts.Export,
  SortNote: DataTableParts.SortNote,
  ColumnMenu: DataTableParts.ColumnMenu,
  Grid: DataTableParts.Grid,
  Footer: DataTableParts.Footer,
})

export type { LeadsTableProps }
