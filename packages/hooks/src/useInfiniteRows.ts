import type { PaginationProblem } from '@aura-kit/client'
import { type InfiniteData, type QueryKey, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { collectRows } from './flattenPages.ts'
import { type PagingIssue, toPagingIssue } from './pagingIssue.ts'

/** What the list hooks add to TanStack's infinite query result. */
export interface InfiniteRows<T> {
  /** Every loaded row, flattened across pages and deduplicated by id. */
  rows: T[]
  /** How many rows are loaded. */
  totalLoaded: number
  /** True while the rows shown belong to the previous filters and the new ones load. */
  isStaleFilter: boolean
  /** Why the loaded list may be incomplete (rows sent twice, paging that would loop), or null. */
  pagingIssue: PagingIssue | null
  /** Asks for the page that made paging stop again, keeping every row loaded before it. */
  retryPaging: () => void
}

type PagesLike = InfiniteData<{ data: Array<{ id: string }> }, unknown>

interface InfiniteResultLike {
  data: PagesLike | undefined
  isPlaceholderData: boolean
  fetchNextPage: () => Promise<unknown>
  refetch: () => Promise<unknown>
}

export interface PagingOptions<TData> {
  queryKey: QueryKey
  /** Why paging stops after the last loaded page although the server claims more, or null. */
  stopReason: (data: TData) => PaginationProblem | null
}

type RowOf<R extends InfiniteResultLike> = NonNullable<R['data']>['pages'][number]['data'][number]

/** Adds flattened, deduplicated rows and the paging diagnosis to an infinite query result. */
export function useInfiniteRows<R extends InfiniteResultLike>(
  result: R,
  paging: PagingOptions<NonNullable<R['data']>>,
): R & InfiniteRows<RowOf<R>> {
  const { data, isPlaceholderData, fetchNextPage, refetch } = result
  const { queryKey, stopReason } = paging
  const queryClient = useQueryClient()
  const { rows, pagingIssue } = useMemo(() => {
    if (!data) {
      return { rows: [], pagingIssue: null }
    }
    const collected = collectRows(data.pages)
    const stop = stopReason(data as NonNullable<R['data']>)
    return { rows: collected.rows, pagingIssue: toPagingIssue(collected.duplicates, stop) }
  }, [data, stopReason])

  const retryPaging = useCallback(() => {
    const current = queryClient.getQueryData<PagesLike>(queryKey)
    if (!current || current.pages.length < 2) {
      void refetch()
      return
    }
    // Dropping the page that went wrong makes its request the next one again.
    queryClient.setQueryData<PagesLike>(queryKey, {
      pages: current.pages.slice(0, -1),
      pageParams: current.pageParams.slice(0, -1),
    })
    void fetchNextPage()
  }, [queryClient, queryKey, fetchNextPage, refetch])

  return {
    ...result,
    rows: rows as Array<RowOf<R>>,
    totalLoaded: rows.length,
    isStaleFilter: isPlaceholderData,
    pagingIssue: isPlaceholderData ? null : pagingIssue,
    retryPaging,
  }
}
