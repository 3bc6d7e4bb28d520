import type { OctanistLead, OctanistPage } from '@aura-kit/client'
import { octanistLeadKeys } from '@aura-kit/hooks'
import type { InfiniteData, QueryClient } from '@tanstack/react-query'

/** No Octanist list has loaded yet: the lead may still come. */
export const LISTS_LOADING = Symbol('lists loading')
/** Lists have loaded and none holds the lead. */
export const NOT_LOADED = Symbol('not in the loaded rows')

export type CachedOctanistLead = OctanistLead | typeof LISTS_LOADING | typeof NOT_LOADED

/**
 * The Octanist lead with this id from any loaded list in the cache. Octanist has no endpoint for
 * one lead, so a lead can only be shown once a list page holding it has loaded.
 */
export function findCachedOctanistLead(
  queryClient: QueryClient,
  scope: string,
  id: string,
): CachedOctanistLead {
  let anyLoaded = false
  const lists = queryClient.getQueriesData<InfiniteData<OctanistPage>>({
    queryKey: octanistLeadKeys.lists(scope),
  })
  for (const [, data] of lists) {
    for (const page of data?.pages ?? []) {
      anyLoaded = true
      const lead = page.data.find((row) => row.id === id)
      if (lead) {
        return lead
      }
    }
  }
  return anyLoaded ? NOT_LOADED : LISTS_LOADING
}
