'use client'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'
import { cursorPagesStop } from './pagingIssue.ts'
import type { CallFilters } from './queryKeys.ts'
import { useInfiniteRows } from './useInfiniteRows.ts'

/** Aura calls over cursor pages; the previous rows stay while new filters load. */
export function useCalls(filters: CallFilters = {}) {
  const { queries } = useAuraKit()
  const options = queries.calls.list(filters)
  return useInfiniteRows(useInfiniteQuery({ ...options, placeholderData: keepPreviousData }), {
    queryKey: options.queryKey,
    stopReason: cursorPagesStop,
  })
}
