'use client'
import type { OctanistPage } from '@aura-kit/client'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useAuraKit } from './AuraKitProvider.tsx'
import { numberedPagesStop } from './pagingIssue.ts'
import type { OctanistLeadFilters } from './queryKeys.ts'
import { selectListData, useInfiniteRows } from './useInfiniteRows.ts'
import { withFields } from './withFields.ts'

const selectOctanistLeads = selectListData<OctanistPage>(numberedPagesStop)

/**
 * Octanist leads over page numbers, with sort, search, field selection and filter operators.
 * `total` and `totalPages` come from the newest page's meta.
 */
export function useOctanistLeads(query: OctanistLeadFilters = {}) {
  const { queries } = useAuraKit()
  const options = queries.octanistLeads.list(query)
  const result = useInfiniteRows(
    useInfiniteQuery({
      ...options,
      placeholderData: keepPreviousData,
      select: selectOctanistLeads,
    }),
    options.queryKey,
  )
  const pagination = () => result.data?.pages.at(-1)?.pagination
  return withFields<typeof result, { total: number | undefined; totalPages: number | undefined }>(
    result,
    { total: () => pagination()?.total, totalPages: () => pagination()?.totalPages },
  )
}
