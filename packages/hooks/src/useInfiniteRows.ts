import type { InfiniteData } from '@tanstack/react-query'
import { useMemo } from 'react'
import { flattenPages } from './flattenPages.ts'

/** What the list hooks add to TanStack's infinite query result. */
export interface InfiniteRows<T> {
  /** Every loaded row, flattened across pages and deduplicated by id. */
  rows: T[]
  /** How many rows are loaded. */
  totalLoaded: number
  /** True while the rows shown belong to the previous filters and the new ones load. */
  isStaleFilter: boolean
}

interface InfiniteResultLike {
  data: InfiniteData<{ data: Array<{ id: string }> }> | undefined
  isPlaceholderData: boolean
}

type RowOf<R extends InfiniteResultLike> = NonNullable<R['data']>['pages'][number]['data'][number]

/** Adds flattened, deduplicated rows to an infinite query result. */
export function useInfiniteRows<R extends InfiniteResultLike>(
  result: R,
): R & InfiniteRows<RowOf<R>> {
  const { data } = result
  const rows = useMemo(() => (data ? flattenPages(data.pages) : []), [data]) as Array<RowOf<R>>
  return { ...result, rows, totalLoaded: rows.length, isStaleFilter: result.isPlaceholderData }
}
