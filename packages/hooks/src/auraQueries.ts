import {
  type AuraClient,
  AuraKitError,
  type Call,
  type CursorPage,
  type Lead,
  type OctanistClient,
  type OctanistPage,
} from '@aura-kit/client'
import {
  type InfiniteData,
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query'
import { cursorStop, numberedStop } from './pagingIssue.ts'
import {
  type CallFilters,
  callKeys,
  DEFAULT_SCOPE,
  type LeadFilters,
  leadKeys,
  type OctanistLeadFilters,
  octanistLeadKeys,
} from './queryKeys.ts'

export interface AuraQueriesConfig {
  client: AuraClient
  octanistClient?: OctanistClient | undefined
  scope?: string | undefined
}

// The client already retries GETs with backoff and Retry-After; a second layer here would
// multiply the attempts.
const retry = false

/** The next cursor, unless following it would loop (see cursorStop). */
const nextCursor = <T>(
  last: CursorPage<T>,
  _pages: unknown,
  _lastCursor: unknown,
  usedCursors: Array<string | undefined>,
) =>
  last.hasMore && cursorStop(last, usedCursors) === null
    ? (last.nextCursor ?? undefined)
    : undefined

/** Looks for a record in every cached list of one family, so a detail view can open instantly. */
function findInLists<T extends { id: string }>(
  queryClient: QueryClient,
  listKey: readonly unknown[],
  id: string,
): { data: T; updatedAt: number } | undefined {
  for (const [key, data] of queryClient.getQueriesData<InfiniteData<CursorPage<T>>>({
    queryKey: listKey,
  })) {
    const row = data?.pages.flatMap((page) => page.data).find((item) => item.id === id)
    if (row) {
      return { data: row, updatedAt: queryClient.getQueryState(key)?.dataUpdatedAt ?? 0 }
    }
  }
  return undefined
}

/** Runs a lookup at most once, when first asked. */
function cachedLookup<T>(lookup: () => T): () => T {
  let done = false
  let value: T
  return () => {
    if (!done) {
      value = lookup()
      done = true
    }
    return value
  }
}

/**
 * Query-option factories: every hook is one line over these, and route loaders or partners can
 * use them directly with their own `QueryClient`.
 */
export function createAuraQueries({
  client,
  octanistClient,
  scope = DEFAULT_SCOPE,
}: AuraQueriesConfig) {
  return {
    scope,
    leads: {
      list: (filters: LeadFilters = {}) =>
        infiniteQueryOptions<
          CursorPage<Lead>,
          AuraKitError,
          InfiniteData<CursorPage<Lead>>,
          ReturnType<typeof leadKeys.list>,
          string | undefined
        >({
          queryKey: leadKeys.list(filters, scope),
          queryFn: ({ pageParam, signal }): Promise<CursorPage<Lead>> =>
            client.leads.list({ ...filters, cursor: pageParam }, { signal }),
          initialPageParam: undefined as string | undefined,
          retry,
          getNextPageParam: nextCursor<Lead>,
        }),
      detail: (id: string, queryClient?: QueryClient) => {
        const seed = cachedLookup(() =>
          queryClient ? findInLists<Lead>(queryClient, leadKeys.lists(scope), id) : undefined,
        )
        return queryOptions<Lead, AuraKitError, Lead, ReturnType<typeof leadKeys.detail>>({
          queryKey: leadKeys.detail(id, scope),
          queryFn: async ({ signal }): Promise<Lead> =>
            (await client.leads.get(id, { signal })).data,
          initialData: () => seed()?.data,
          retry,
          initialDataUpdatedAt: () => seed()?.updatedAt,
        })
      },
    },
    calls: {
      list: (filters: CallFilters = {}) =>
        infiniteQueryOptions<
          CursorPage<Call>,
          AuraKitError,
          InfiniteData<CursorPage<Call>>,
          ReturnType<typeof callKeys.list>,
          string | undefined
        >({
          queryKey: callKeys.list(filters, scope),
          queryFn: ({ pageParam, signal }): Promise<CursorPage<Call>> =>
            client.calls.list({ ...filters, cursor: pageParam }, { signal }),
          initialPageParam: undefined as string | undefined,
          retry,
          getNextPageParam: nextCursor<Call>,
        }),
      detail: (id: string, queryClient?: QueryClient) => {
        const seed = cachedLookup(() =>
          queryClient ? findInLists<Call>(queryClient, callKeys.lists(scope), id) : undefined,
        )
        return queryOptions<Call, AuraKitError, Call, ReturnType<typeof callKeys.detail>>({
          queryKey: callKeys.detail(id, scope),
          queryFn: async ({ signal }): Promise<Call> =>
            (await client.calls.get(id, { signal })).data,
          initialData: () => seed()?.data,
          retry,
          initialDataUpdatedAt: () => seed()?.updatedAt,
        })
      },
    },
    octanistLeads: {
      list: (query: OctanistLeadFilters = {}) =>
        infiniteQueryOptions<
          OctanistPage,
          AuraKitError,
          InfiniteData<OctanistPage>,
          ReturnType<typeof octanistLeadKeys.list>,
          number
        >({
          queryKey: octanistLeadKeys.list(query, scope),
          queryFn: ({ pageParam, signal }): Promise<OctanistPage> => {
            if (!octanistClient) {
              throw new AuraKitError(
                'useOctanistLeads needs an `octanistClient` on <AuraKitProvider>.',
              )
            }
            return octanistClient.leads.list({ ...query, page: pageParam }, { signal })
          },
          initialPageParam: 1,
          retry,
          // An empty page, another page than asked for, or one past the last cannot lead anywhere,
          // whatever `hasMore` says.
          getNextPageParam: (last: OctanistPage, _pages: unknown, requested: number) =>
            last.pagination.hasMore && numberedStop(last, requested) === null
              ? requested + 1
              : undefined,
        }),
    },
  }
}

export type AuraQueries = ReturnType<typeof createAuraQueries>
