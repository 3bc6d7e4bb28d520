import type { CursorPage } from '@aura-kit/client'
import { hashKey, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query'
import type { ListScan, RateLimitBudget } from './listScan.ts'

interface ScanEntry {
  scan: ListScan<unknown>
  observers: number
}

interface ClientScans {
  scans: Map<string, ScanEntry>
  /** The scans' shared rate-limit budget: they all spend one API key's window. */
  budget: RateLimitBudget
}

// Keyed by the QueryClient, then by the API client, so scans live and go with them (two apps,
// two stores) and never outlive the data they count; nothing is kept at module level.
const perQueryClient = new WeakMap<QueryClient, WeakMap<object, ClientScans>>()

function scansOf(queryClient: QueryClient, client: object): ClientScans {
  let byClient = perQueryClient.get(queryClient)
  if (!byClient) {
    byClient = new WeakMap()
    perQueryClient.set(queryClient, byClient)
  }
  let scans = byClient.get(client)
  if (!scans) {
    scans = { scans: new Map(), budget: { current: null } }
    byClient.set(client, scans)
  }
  return scans
}

/** The scan kept under `key` for this QueryClient and API client, made with `create` the first time. */
export function scanFor<F>(
  queryClient: QueryClient,
  client: object,
  key: QueryKey,
  create: (budget: RateLimitBudget) => ListScan<F>,
): ScanEntry & { scan: ListScan<F> } {
  const { scans, budget } = scansOf(queryClient, client)
  const hash = hashKey(key)
  let entry = scans.get(hash)
  if (!entry) {
    entry = { scan: create(budget) as ListScan<unknown>, observers: 0 }
    scans.set(hash, entry)
  }
  return entry as ScanEntry & { scan: ListScan<F> }
}

/** A component starts watching: the scan runs (or continues). */
export function attachScan(entry: ScanEntry): void {
  entry.observers++
  entry.scan.start()
}

/**
 * A component stops watching. The scan stops once nobody watches, a tick later, so a remount in
 * the same commit (StrictMode, a moved component) keeps the request under way.
 */
export function detachScan(entry: ScanEntry): void {
  entry.observers--
  queueMicrotask(() => {
    if (entry.observers === 0) {
      entry.scan.stop()
    }
  })
}

/** Filters as a list's key holds them, without page size and empty values, for comparison. */
export function filterIdentity(filters: object | undefined): string {
  const kept: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(filters ?? {})) {
    if (name !== 'limit' && value !== undefined && value !== null && value !== '') {
      kept[name] = value
    }
  }
  return hashKey([kept])
}

/**
 * The page at `cursor` from any loaded list of the same filters (whatever its page size: a
 * cursor continues the same list), or undefined.
 */
export function findCachedPage<T>(
  queryClient: QueryClient,
  listsKey: QueryKey,
  filters: object,
  cursor: string | undefined,
): CursorPage<T> | undefined {
  const identity = filterIdentity(filters)
  for (const query of queryClient.getQueryCache().findAll({ queryKey: listsKey })) {
    if (query.queryKey.length !== listsKey.length + 1) {
      continue
    }
    const keyFilters = query.queryKey[listsKey.length]
    if (typeof keyFilters !== 'object' || filterIdentity(keyFilters ?? {}) !== identity) {
      continue
    }
    const data = query.state.data as InfiniteData<CursorPage<T>, unknown> | undefined
    if (!data || !Array.isArray(data.pages) || !Array.isArray(data.pageParams)) {
      continue
    }
    const index = data.pageParams.findIndex((param) => (param ?? undefined) === cursor)
    const page = index >= 0 ? data.pages[index] : undefined
    if (page && Array.isArray(page.data)) {
      return page
    }
  }
  return undefined
}
