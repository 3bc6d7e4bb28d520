import type { OctanistLead, OctanistPage } from '@aura-kit/client'
import { DEFAULT_SCOPE, octanistLeadKeys } from '@aura-kit/hooks'
import { type InfiniteData, QueryClient } from '@tanstack/react-query'
import { describe, expect, test } from 'vitest'
import { findCachedOctanistLead, LISTS_LOADING, NOT_LOADED } from './findCachedOctanistLead.ts'

const lead = (id: string) => ({ id, name: `Lead ${id}` }) as OctanistLead

function page(ids: string[], number: number): OctanistPage {
  return {
    data: ids.map(lead),
    pagination: { page: number, limit: 2, total: 4, totalPages: 2, hasMore: number < 2 },
    rateLimit: null,
    requestId: null,
    timestamp: null,
  }
}

function cacheWith(query: Record<string, unknown>, pages: OctanistPage[], scope = DEFAULT_SCOPE) {
  const queryClient = new QueryClient()
  queryClient.setQueryData<InfiniteData<OctanistPage>>(octanistLeadKeys.list(query, scope), {
    pages,
    pageParams: pages.map((_, index) => index + 1),
  })
  return queryClient
}

describe('findCachedOctanistLead', () => {
  test('no list loaded yet: loading', () => {
    expect(findCachedOctanistLead(new QueryClient(), DEFAULT_SCOPE, 'a')).toBe(LISTS_LOADING)
  })

  test('finds the row itself on any loaded page of any list', () => {
    const queryClient = cacheWith({ sort: 'name:asc' }, [page(['a', 'b'], 1), page(['c', 'd'], 2)])
    const found = findCachedOctanistLead(queryClient, DEFAULT_SCOPE, 'c')
    expect(found).toEqual(lead('c'))
    // The same object on every call, so useSyncExternalStore sees a stable snapshot.
    expect(findCachedOctanistLead(queryClient, DEFAULT_SCOPE, 'c')).toBe(found)
  })

  test('lists loaded without the lead: not loaded', () => {
    const queryClient = cacheWith({}, [page(['a', 'b'], 1)])
    expect(findCachedOctanistLead(queryClient, DEFAULT_SCOPE, 'z')).toBe(NOT_LOADED)
  })

  test("another provider scope's lists are not searched", () => {
    const queryClient = cacheWith({}, [page(['a'], 1)], 'other-account')
    expect(findCachedOctanistLead(queryClient, DEFAULT_SCOPE, 'a')).toBe(LISTS_LOADING)
  })
})
