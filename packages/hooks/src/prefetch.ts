import type { QueryClient } from '@tanstack/react-query'
import { type AuraQueriesConfig, createAuraQueries } from './auraQueries.ts'
import type { LeadFilters } from './queryKeys.ts'

/** Loads the first page of a lead list into the cache: for hover intent and route loaders. */
export function prefetchLeads(
  queryClient: QueryClient,
  config: AuraQueriesConfig,
  filters: LeadFilters = {},
): Promise<void> {
  return queryClient.prefetchInfiniteQuery(createAuraQueries(config).leads.list(filters))
}

/** Loads one call (with its transcript) into the cache. */
export function prefetchCall(
  queryClient: QueryClient,
  config: AuraQueriesConfig,
  id: string,
): Promise<void> {
  return queryClient.prefetchQuery(createAuraQueries(config).calls.detail(id, queryClient))
}
