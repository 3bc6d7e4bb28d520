import { createAuraClient } from '@aura-kit/client'
import { createMockApi, type MockCounts, REFERENCE_TIME } from '@aura-kit/mock-api'
import type { ListScan, ScanClock, ScanSnapshot } from '../stats/listScan.ts'

export interface VirtualApiOptions {
  counts: MockCounts
  /** The mock's rate limit per minute; false for none. */
  perMinute: number | false
  /** Virtual time each request takes (a network round trip). */
  latencyMs?: number
  /** Virtual start time; default the start of a rate-limit window. */
  start?: number
}

/**
 * The mock API on a virtual clock: `sleep` moves the clock instead of waiting, and the mock's
 * rate-limit windows read the same clock, so minutes of pacing run in milliseconds.
 */
export function createVirtualApi({
  counts,
  perMinute,
  latencyMs = 0,
  start = REFERENCE_TIME,
}: VirtualApiOptions) {
  let now = start
  const clock: ScanClock = {
    now: () => now,
    sleep: async (ms, signal) => {
      signal.throwIfAborted()
      now += ms
      await Promise.resolve()
      signal.throwIfAborted()
    },
  }
  const api = createMockApi({
    counts,
    rateLimit: perMinute === false ? false : { perMinute },
    now: () => now,
  })
  const log = { requests: [] as URL[], statuses: [] as number[] }
  const client = createAuraClient({
    baseUrl: 'http://aura.test',
    apiKey: 'aura_pk_test_scan',
    retry: false,
    timeoutMs: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init)
      log.requests.push(new URL(request.url))
      now += latencyMs
      const response = await api.handle(request)
      log.statuses.push(response.status)
      return response
    },
  })
  return {
    api,
    client,
    clock,
    log,
    elapsed: () => now - start,
    rateLimited: () => log.statuses.filter((status) => status === 429).length,
  }
}

/** Resolves with the snapshot once the scan is done or has stopped on an error. */
export function settled<F>(scan: ListScan<F>): Promise<ScanSnapshot<F>> {
  return new Promise((resolve) => {
    const check = () => {
      const snapshot = scan.getSnapshot()
      if (snapshot.done || (snapshot.error !== null && !snapshot.running)) {
        unsubscribe()
        resolve(snapshot)
      }
    }
    const unsubscribe = scan.subscribe(check)
    check()
  })
}
