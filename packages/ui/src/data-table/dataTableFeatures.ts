import {
  type ColumnDef,
  columnVisibilityFeature,
  createSortedRowModel,
  type RowData,
  rowSelectionFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures,
} from '@tanstack/react-table'

/** The one feature set every kit table uses: sorting, selection and column visibility. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime },
  rowSelectionFeature,
  columnVisibilityFeature,
})

export type DataTableFeatures = typeof dataTableFeatures

/** A column of a kit table; build one with `createColumnHelper<DataTableFeatures, Row>()`. */
// biome-ignore lint/suspicious/noExplicitAny: TValue differs per column; TanStack's own column arrays use any here.
export type DataTableColumn<TRow extends RowData> = ColumnDef<DataTableFeatures, TRow, any>

export type { SortingState }
