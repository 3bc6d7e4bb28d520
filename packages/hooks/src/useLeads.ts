'use client'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'
import { cursorPagesStop } from './pagingIssue.ts'
import type { LeadFilters } from './queryKeys.ts'
import { useInfiniteRows } from './useInfiniteRows.ts'

/** Aura leads over cursor pages; the previous rows stay while new filters load. */
export function useLeads(filters: LeadFilters = {}) {
  const { queries } = useAuraKit()
  const options = queries.leads.list(filters)
  return useInfiniteRows(useInfiniteQuery({ ...options, placeholderData: keepPreviousData }), {
    queryKey: options.queryKey,
    stopReason: cursorPagesStop,
  })
}
