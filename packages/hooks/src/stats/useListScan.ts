'use client'
import type { AuraClient, CursorPage } from '@aura-kit/client'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import { useAuraKit } from '../AuraKitProvider.tsx'
import { type CallFilters, callKeys, type LeadFilters, leadKeys } from '../queryKeys.ts'
import { type CallFacts, callFacts, type LeadFacts, leadFacts } from './facts.ts'
import { createListScan, type ScanClock, type ScanSnapshot } from './listScan.ts'
import type { PacingOptions } from './pacing.ts'
import { attachScan, detachScan, filterIdentity, findCachedPage, scanFor } from './scanStore.ts'

/** Page size of a scan: the API's maximum, so a scan needs as few requests as it can. */
export const SCAN_PAGE_SIZE = 100

export interface ScanOptions extends PacingOptions {
  /** Time for the pacing (tests); default the real clock. */
  clock?: ScanClock | undefined
}

/** A scan's snapshot with its controls. */
export interface ListScanResult<F> extends ScanSnapshot<F> {
  /** Continue after an error from the page that failed, keeping what was counted. */
  retry: () => void
  /** Count again from the first page. */
  restart: () => void
}

interface ScanSpec<Filters, T extends { id: string }, F> {
  listsKey: readonly unknown[]
  list: (
    client: AuraClient,
    params: Filters & { limit: number; cursor: string | undefined },
    signal: AbortSignal,
  ) => Promise<CursorPage<T>>
  toFacts: (record: T) => F
}

function useListScan<Filters extends object, T extends { id: string }, F>(
  spec: ScanSpec<Filters, T, F>,
  filters: Filters,
  options: ScanOptions,
): ListScanResult<F> {
  const { client } = useAuraKit()
  const queryClient = useQueryClient()
  const { listsKey } = spec
  const key = [...listsKey.slice(0, -1), 'scan', filterIdentity(filters)]
  const entry = scanFor(queryClient, client, key, (budget) =>
    createListScan<T, F>({
      fetchPage: (cursor, signal) =>
        spec.list(client, { ...filters, limit: SCAN_PAGE_SIZE, cursor }, signal),
      cachedPage: (cursor) => findCachedPage<T>(queryClient, listsKey, filters, cursor),
      toFacts: spec.toFacts,
      budget,
      clock: options.clock,
      reserve: options.reserve,
    }),
  )
  const { scan } = entry
  const snapshot = useSyncExternalStore(scan.subscribe, scan.getSnapshot, scan.getSnapshot)
  useEffect(() => {
    attachScan(entry)
    return () => detachScan(entry)
  }, [entry])
  return { ...snapshot, retry: scan.retry, restart: scan.restart }
}

/**
 * Counts every Aura lead matching `filters` in the background (the API has no totals): pages of
 * 100, pages the tables already loaded taken from the cache, paced by the rate-limit headers,
 * stopped when no component watches and continued from the last cursor when one does again.
 * The scan is kept per QueryClient, API client and filters; pacing options apply when it is made.
 */
export function useLeadScan(
  filters: LeadFilters = {},
  options: ScanOptions = {},
): ListScanResult<LeadFacts> {
  const { queries } = useAuraKit()
  return useListScan<LeadFilters, { id: string }, LeadFacts>(
    {
      listsKey: leadKeys.lists(queries.scope),
      list: (client, params, signal) => client.leads.list(params, { signal }),
      toFacts: (lead) => leadFacts(lead, 'aura'),
    },
    filters,
    options,
  )
}

/** `useLeadScan` for Aura calls. */
export function useCallScan(
  filters: CallFilters = {},
  options: ScanOptions = {},
): ListScanResult<CallFacts> {
  const { queries } = useAuraKit()
  return useListScan<CallFilters, { id: string }, CallFacts>(
    {
      listsKey: callKeys.lists(queries.scope),
      list: (client, params, signal) => client.calls.list(params, { signal }),
      toFacts: callFacts,
    },
    filters,
    options,
  )
}
