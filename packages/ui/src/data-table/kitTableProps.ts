import type { PagingIssue } from '@aura-kit/hooks'
import type { RowData } from '@tanstack/react-table'
import type { Appearance } from '../aura-root/appearance.ts'
import type { DataTableProps, SortingMode } from './DataTable.tsx'
import type { DataTableColumn } from './dataTableFeatures.ts'
import type { LoadMoreState } from './states.tsx'

/** Props every kit table shares. */
export interface KitTableProps<TRow extends RowData> {
  /** Called with the row on click or Enter. */
  onRowOpen?: ((row: TRow) => void) | undefined
  /** Called with every selected (loaded) row whenever the selection changes. */
  onSelectionChange?: ((rows: TRow[]) => void) | undefined
  /** Replaces the default columns. */
  columns?: DataTableColumn<TRow>[] | undefined
  /** Added after the default columns. */
  extraColumns?: DataTableColumn<TRow>[] | undefined
  /** Column ids hidden at first, e.g. `{ phone: false }`. */
  defaultColumnVisibility?: Record<string, boolean> | undefined
  /** BCP 47 locale for numbers and dates; default the runtime's. */
  locale?: string | undefined
  /** IANA zone for dates; default the runtime's. */
  timeZone?: string | undefined
  /** ISO 4217 code for cent amounts; default USD. */
  currency?: string | undefined
  appearance?: Appearance | undefined
  className?: string | undefined
  /** Accessible name of the grid. */
  label?: string | undefined
  /** Replaces the CSV download (the Blob and a file name). */
  onExport?: ((blob: Blob, filename: string) => void) | undefined
  estimateRowHeight?: number | undefined
  /** The scroll area's height in px until measured: the rows rendered on the server. Default 480. */
  initialHeight?: number | undefined
  overscan?: number | undefined
  prefetchRows?: number | undefined
}

/** The slice of a list hook's result the grid reads. */
export interface InfiniteListResult<TRow> {
  rows: TRow[]
  status: 'pending' | 'error' | 'success'
  error: unknown
  hasNextPage: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  refetch: () => unknown
  fetchNextPage: () => unknown
  pagingIssue?: PagingIssue | null | undefined
  retryPaging?: (() => void) | undefined
}

export function infiniteListProps<TRow>(query: InfiniteListResult<TRow>): Pick<
  DataTableProps<TRow & RowData>,
  'rows' | 'status' | 'error' | 'onRetry'
> & {
  loadMore: LoadMoreState
} {
  return {
    rows: query.rows as Array<TRow & RowData>,
    status: query.status,
    error: query.error,
    onRetry: () => {
      query.refetch()
    },
    loadMore: {
      hasNextPage: query.hasNextPage,
      isFetchingNextPage: query.isFetchingNextPage,
      isFetchNextPageError: query.isFetchNextPageError,
      error: query.error,
      fetchNextPage: () => query.fetchNextPage(),
      pagingIssue: query.pagingIssue,
      retryPaging: query.retryPaging,
    },
  }
}

export const sortingModeOf = (sortLoadedRows: boolean | undefined): SortingMode =>
  sortLoadedRows ? 'loaded' : 'none'

/** Yields one array as one page: the export source for plain `data`. */
export async function* singlePage<T>(rows: readonly T[]): AsyncIterable<readonly T[]> {
  yield rows
}

/** The rows of each page of a client iterator: the export source for a loaded list. */
export async function* rowsOfPages<T>(
  pages: AsyncIterable<{ data: readonly T[] }>,
): AsyncIterable<readonly T[]> {
  for await (const page of pages) {
    yield page.data
  }
}
