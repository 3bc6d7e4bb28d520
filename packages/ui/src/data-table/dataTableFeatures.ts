import {
  type ColumnDef,
  columnVisibilityFeature,
  type RowData,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
} from '@tanstack/react-table'

/**
 * The one feature set every kit table uses: sorting state and column visibility. Sorting of
 * loaded rows and selection are the kit's own (`useTableRows`, `useRowSelection`): they work on
 * indexes and ids, so no TanStack row exists for a record until it renders.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
})

export type DataTableFeatures = typeof dataTableFeatures

/** A column of a kit table; build one with `createColumnHelper<DataTableFeatures, Row>()`. */
// biome-ignore lint/suspicious/noExplicitAny: TValue differs per column; TanStack's own column arrays use any here.
export type DataTableColumn<TRow extends RowData> = ColumnDef<DataTableFeatures, TRow, any>

export type { SortingState }
