'use client'
import { AuraKitError, type OctanistClient } from '@aura-kit/client'
import { hashKey, type QueryClient, useQueries, useQueryClient } from '@tanstack/react-query'
import { useAuraKit } from '../AuraKitProvider.tsx'
import { type OctanistLeadFilters, octanistLeadKeys } from '../queryKeys.ts'

/** One count: the leads matching `query` (Octanist's own filter operators). */
export interface CountBucket {
  id: string
  query: OctanistLeadFilters
}

export interface OctanistCounts {
  /** Exact count per bucket id; undefined until its answer is in (or when it failed). */
  counts: Record<string, number | undefined>
  /** Requests answered, failed or not. */
  settled: number
  /** Requests needed (buckets with the same query share one). */
  total: number
  /** Every bucket counted. */
  done: boolean
  /** The first failure, or null. */
  error: unknown
  /** Requests that failed. */
  failed: number
  /** Asks the failed buckets again. */
  retry: () => void
}

/** How many counts run at once per client unless told otherwise. */
export const COUNT_CONCURRENCY = 4

interface Limiter {
  run: <T>(task: () => Promise<T>, signal: AbortSignal) => Promise<T>
}

function createLimiter(max: number): Limiter {
  let active = 0
  const queue: Array<() => void> = []
  const next = () => {
    active--
    queue.shift()?.()
  }
  return {
    async run(task, signal) {
      if (active >= max) {
        await new Promise<void>((resolve, reject) => {
          const start = () => {
            signal.removeEventListener('abort', cancel)
            resolve()
          }
          const cancel = () => {
            queue.splice(queue.indexOf(start), 1)
            reject(signal.reason)
          }
          queue.push(start)
          signal.addEventListener('abort', cancel, { once: true })
        })
      }
      active++
      try {
        return await task()
      } finally {
        next()
      }
    },
  }
}

// Per QueryClient and Octanist client, like the scans: the bound is on one API's requests.
const limiters = new WeakMap<QueryClient, WeakMap<object, Limiter>>()

function limiterFor(queryClient: QueryClient, client: object, concurrency: number): Limiter {
  let byClient = limiters.get(queryClient)
  if (!byClient) {
    byClient = new WeakMap()
    limiters.set(queryClient, byClient)
  }
  let limiter = byClient.get(client)
  if (!limiter) {
    limiter = createLimiter(Math.max(1, Math.floor(concurrency)))
    byClient.set(client, limiter)
  }
  return limiter
}

/** The query key of one count, under the Octanist family (invalidating the family recounts). */
export const octanistCountKey = (query: OctanistLeadFilters, scope?: string) =>
  [...octanistLeadKeys.all(scope), 'count', query] as const

async function countLeads(
  client: OctanistClient | undefined,
  query: OctanistLeadFilters,
  signal: AbortSignal,
): Promise<number> {
  if (!client) {
    throw new AuraKitError('useOctanistCounts needs an `octanistClient` on <AuraKitProvider>.')
  }
  const page = await client.leads.list({ ...query, limit: 1, fields: ['id'] }, { signal })
  return page.pagination.total
}

/**
 * Exact Octanist counts without downloading rows: one `limit=1` request per bucket, reading
 * `meta.pagination.total`, at most `concurrency` (default 4) at a time per client, each cached by
 * TanStack Query under `octanistCountKey(query)`.
 */
export function useOctanistCounts(
  buckets: readonly CountBucket[],
  { concurrency = COUNT_CONCURRENCY }: { concurrency?: number } = {},
): OctanistCounts {
  const { octanistClient, queries } = useAuraKit()
  const queryClient = useQueryClient()
  const limiter = octanistClient
    ? limiterFor(queryClient, octanistClient, concurrency)
    : createLimiter(concurrency)
  // Buckets asking the same thing (the "all" bucket of two widgets) share one query.
  const unique = new Map<string, OctanistLeadFilters>()
  const slots = buckets.map((bucket) => {
    const hash = hashKey([bucket.query])
    unique.set(hash, bucket.query)
    return [...unique.keys()].indexOf(hash)
  })
  return useQueries({
    queries: [...unique.values()].map((query) => ({
      queryKey: octanistCountKey(query, queries.scope),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        limiter.run(() => countLeads(octanistClient, query, signal), signal),
      retry: false,
      staleTime: 60_000,
    })),
    combine: (results) => {
      const counts: Record<string, number | undefined> = {}
      buckets.forEach((bucket, index) => {
        counts[bucket.id] = results[slots[index] ?? -1]?.data
      })
      const failed = results.filter((result) => result.isError)
      return {
        counts,
        settled: results.filter((result) => result.isSuccess || result.isError).length,
        total: results.length,
        done: results.every((result) => result.isSuccess),
        error: failed[0]?.error ?? null,
        failed: failed.length,
        retry: () => {
          for (const result of failed) {
            void result.refetch()
          }
        },
      }
    },
  })
}
