'use client'
import { DataTableParts } from '../data-table/DataTable.tsx'
import { StandardTable } from '../data-table/readyTable.tsx'
import { type OctanistLeadsTableProps, useOctanistLeadsTable } from './useOctanistLeadsTable.ts'

/**
 * Octanist leads: server-side sort, a debounced search, range filters and CSV export. Made of
 * parts over `useOctanistLeadsTable`: `OctanistLeadsTable.Root`, `.Toolbar`, `.Search`,
 * `.Filters`, `.Export`, `.ColumnMenu`, `.Grid`, `.Footer`.
 */
function OctanistLeadsTableComponent(props: OctanistLeadsTableProps) {
  return <StandardTable table={useOctanistLeadsTable(props)} className={props.className} />
}

export const OctanistLeadsTable = Object.assign(OctanistLeadsTableComponent, {
  Root: DataTableParts.Root,
  Toolbar: DataTableParts.Toolbar,
  Search: DataTableParts.Search,
  Filters: DataTableParts.Filters,
  Export: DataTableParts.Export,
  ColumnMenu: DataTableParts.ColumnMenu,
  Grid: DataTableParts.Grid,
  Footer: DataTableParts.Footer,
})

export type { OctanistLeadsTableProps }
