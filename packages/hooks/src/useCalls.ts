'use client'
import type { Call, CursorPage } from '@aura-kit/client'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'
import { cursorPagesStop } from './pagingIssue.ts'
import type { CallFilters } from './queryKeys.ts'
import { selectListData, useInfiniteRows } from './useInfiniteRows.ts'

const selectCalls = selectListData<CursorPage<Call>>(cursorPagesStop)

/** Aura calls over cursor pages; the previous rows stay while new filters load. */
export function useCalls(filters: CallFilters = {}) {
  const { queries } = useAuraKit()
  const options = queries.calls.list(filters)
  return useInfiniteRows(
    useInfiniteQuery({ ...options, placeholderData: keepPreviousData, select: selectCalls }),
    options.queryKey,
  )
}
