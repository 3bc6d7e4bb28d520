'use client'
import type { CursorPage, Lead } from '@aura-kit/client'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'
import { cursorPagesStop } from './pagingIssue.ts'
import type { LeadFilters } from './queryKeys.ts'
import { selectListData, useInfiniteRows } from './useInfiniteRows.ts'

const selectLeads = selectListData<CursorPage<Lead>>(cursorPagesStop)

/** Aura leads over cursor pages; the previous rows stay while new filters load. */
export function useLeads(filters: LeadFilters = {}) {
  const { queries } = useAuraKit()
  const options = queries.leads.list(filters)
  return useInfiniteRows(
    useInfiniteQuery({ ...options, placeholderData: keepPreviousData, select: selectLeads }),
    options.queryKey,
  )
}
