import { octanistLeadKeys, useAuraKit } from '@aura-kit/hooks'
import { useIsFetching, useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import {
  type CachedOctanistLead,
  findCachedOctanistLead,
  LISTS_LOADING,
  NOT_LOADED,
} from './findCachedOctanistLead.ts'

/** Follows the query cache: the lead as soon as a loaded list holds it. */
export function useCachedOctanistLead(id: string): CachedOctanistLead {
  const queryClient = useQueryClient()
  const { queries } = useAuraKit()
  const fetching = useIsFetching({ queryKey: octanistLeadKeys.lists(queries.scope) })
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  )
  // Returns the cached row itself or a symbol, so the snapshot is stable between cache events.
  const found = useSyncExternalStore(subscribe, () =>
    findCachedOctanistLead(queryClient, queries.scope, id),
  )
  // "Not loaded" only counts once no list is fetching: the next page may still bring it.
  return found === NOT_LOADED && fetching > 0 ? LISTS_LOADING : found
}
