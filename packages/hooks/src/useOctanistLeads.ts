'use client'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'
import { numberedPagesStop } from './pagingIssue.ts'
import type { OctanistLeadFilters } from './queryKeys.ts'
import { useInfiniteRows } from './useInfiniteRows.ts'

/**
 * Octanist leads over page numbers, with sort, search, field selection and filter operators.
 * `total` and `totalPages` come from the newest page's meta.
 */
export function useOctanistLeads(query: OctanistLeadFilters = {}) {
  const { queries } = useAuraKit()
  const options = queries.octanistLeads.list(query)
  const result = useInfiniteRows(
    useInfiniteQuery({ ...options, placeholderData: keepPreviousData }),
    { queryKey: options.queryKey, stopReason: numberedPagesStop },
  )
  const pagination = result.data?.pages.at(-1)?.pagination
  return { ...result, total: pagination?.total, totalPages: pagination?.totalPages }
}
