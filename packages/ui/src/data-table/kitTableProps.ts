import type { PagingIssue } from '@aura-kit/hooks'
import type { RowData } from '@tanstack/react-table'
import type { KitSettings } from '../kit/kitSettings.ts'
import type { DataTableColumn } from './dataTableFeatures.ts'
import type { LoadMoreState } from './states.tsx'
import type { DataTableOptions } from './useDataTable.ts'

/**
 * Props every kit table shares. The kit settings (`locale`, `timeZone`, `currency`, `appearance`,
 * `messages`, `resolveUser`, `users`) override the provider's for this table only.
 */
export interface KitTableProps<TRow extends RowData> extends KitSettings {
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

/** A list hook's result as the table's rows, status and paging. */
export function infiniteListOptions<TRow extends RowData>(
  query: InfiniteListResult<TRow>,
): Pick<DataTableOptions<TRow>, 'rows' | 'status' | 'error' | 'onRetry'> & {
  loadMore: LoadMoreState
} {
  return {
    rows: query.rows,
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

/** The kit settings among a table's props: the overrides its root applies. */
export function kitSettingsOf(props: KitSettings): KitSettings {
  const { appearance, locale, timeZone, currency, messages, resolveUser, users } = props
  return { appearance, locale, timeZone, currency, messages, resolveUser, users }
}

/** The options every kit table passes through unchanged from its props. */
export function sharedTableOptions<TRow extends RowData>(props: KitTableProps<TRow>) {
  return {
    onRowOpen: props.onRowOpen,
    onSelectionChange: props.onSelectionChange,
    estimateRowHeight: props.estimateRowHeight,
    initialHeight: props.initialHeight,
    overscan: props.overscan,
    prefetchRows: props.prefetchRows,
    settings: kitSettingsOf(props),
  }
}

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
