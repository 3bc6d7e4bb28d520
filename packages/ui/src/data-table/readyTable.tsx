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

/**
 * An Aura list table, ready-made over its hook, with its parts as static members. Plain `data`
 * and a loaded list are different tables, so switching between them remounts.
 */
export function auraListTable<P extends { data?: unknown; className?: string | undefined }>(
  name: string,
  useModel: (props: P) => AnyDataTableModel,
) {
  function View(props: P) {
    return <StandardTable table={useModel(props)} className={props.className} />
  }
  function Table(props: P) {
    return <View key={props.data ? 'data' : 'query'} {...props} />
  }
  Table.displayName = name
  return Object.assign(Table, {
    Root: DataTableParts.Root,
    Toolbar: DataTableParts.Toolbar,
    Filters: DataTableParts.Filters,
    Export: DataTableParts.Export,
    SortNote: DataTableParts.SortNote,
    ColumnMenu: DataTableParts.ColumnMenu,
    Grid: DataTableParts.Grid,
    Footer: DataTableParts.Footer,
  })
}
