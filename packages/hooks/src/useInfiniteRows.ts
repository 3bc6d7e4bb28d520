import type { PaginationProblem } from '@aura-kit/client'
import { type InfiniteData, type QueryKey, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { collectRows } from './flattenPages.ts'
import { type PagingIssue, toPagingIssue } from './pagingIssue.ts'
import { withFields } from './withFields.ts'

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

type Row = { id: string }
type Page<T extends Row> = { data: T[] }

/** Loaded pages plus what the list hooks derive from them once per change (`select`). */
export type ListData<TPage extends Page<Row>> = InfiniteData<TPage> & {
  rows: TPage['data']
  pagingIssue: PagingIssue | null
}

/**
 * A `select` for a list query: flattens and deduplicates the pages and diagnoses paging once per
 * change of the cached data (TanStack memoises a stable select), not once per render.
 */
export function selectListData<TPage extends Page<Row>>(
  stopReason: (data: InfiniteData<TPage>) => PaginationProblem | null,
): (data: InfiniteData<TPage>) => ListData<TPage> {
  return (data) => {
    const { rows, duplicates } = collectRows(data.pages)
    return { ...data, rows, pagingIssue: toPagingIssue(duplicates, stopReason(data)) }
  }
}

const NO_ROWS: never[] = []

type RowOf<R extends ListResultLike> = NonNullable<R['data']>['rows'][number]

interface ListResultLike {
  data: { rows: Row[]; pagingIssue: PagingIssue | null } | undefined
  isPlaceholderData: boolean
  fetchNextPage: () => Promise<unknown>
  refetch: () => Promise<unknown>
}

/**
 * TanStack's tracked result, unchanged, with `rows`, `totalLoaded`, `isStaleFilter`,
 * `pagingIssue` and `retryPaging` read through it: a component re-renders only for what it reads.
 */
export function useInfiniteRows<R extends ListResultLike>(
  result: R,
  queryKey: QueryKey,
): R & InfiniteRows<RowOf<R>> {
  const queryClient = useQueryClient()
  const key = JSON.stringify(queryKey)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query key's value.
  const retryPaging = useCallback(() => {
    const current = queryClient.getQueryData<InfiniteData<unknown>>(queryKey)
    if (!current || current.pages.length < 2) {
      void result.refetch()
      return
    }
    // Dropping the page that went wrong makes its request the next one again.
    queryClient.setQueryData<InfiniteData<unknown>>(queryKey, {
      pages: current.pages.slice(0, -1),
      pageParams: current.pageParams.slice(0, -1),
    })
    void result.fetchNextPage()
  }, [queryClient, key, result.refetch, result.fetchNextPage])

  return withFields<R, InfiniteRows<RowOf<R>>>(result, {
    rows: () => (result.data?.rows as Array<RowOf<R>> | undefined) ?? NO_ROWS,
    totalLoaded: () => result.data?.rows.length ?? 0,
    isStaleFilter: () => result.isPlaceholderData,
    pagingIssue: () => (result.isPlaceholderData ? null : (result.data?.pagingIssue ?? null)),
    retryPaging: () => retryPaging,
  })
}
