export type { DataTableProps } from './DataTable.tsx'
export { DataTable, DataTableParts } from './DataTable.tsx'
export type { DataTableColumnMenuProps } from './DataTableColumnMenu.tsx'
export type { AnyDataTableModel } from './DataTableContext.tsx'
export { useDataTableContext } from './DataTableContext.tsx'
export type { DataTableExportProps } from './DataTableExport.tsx'
export type { DataTableFiltersProps, DataTableSearchProps } from './DataTableFilters.tsx'
export type { DataTableFooterProps } from './DataTableFooter.tsx'
export type { DataTableGridProps } from './DataTableGrid.tsx'
export type { DataTableRootProps } from './DataTableRoot.tsx'
export type { DataTableSortNoteProps, DataTableToolbarProps } from './DataTableToolbar.tsx'
export type { DataTableColumn, DataTableFeatures } from './dataTableFeatures.ts'
export { dataTableFeatures } from './dataTableFeatures.ts'
export type { KitTableProps } from './kitTableProps.ts'
export type { DataStateProps, DataStatus, LoadMoreState } from './states.tsx'
export { DataState } from './states.tsx'
export type {
  DataTableExportSource,
  DataTableFilters,
  DataTableLabels,
  DataTableModel,
  DataTableOptions,
  DataTableSearch,
  SortingMode,
} from './useDataTable.ts'
export { useDataTable } from './useDataTable.ts'
