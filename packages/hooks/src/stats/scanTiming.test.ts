import type { Lead } from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { createVirtualApi, settled } from '../test-utils/virtualApi.ts'
import { leadFacts } from './facts.ts'
import { createListScan } from './listScan.ts'

/**
 * How long a scan of the mock's 5,000 leads takes against its default rate limit (100 requests a
 * minute, fixed windows), on a virtual clock: waits for the window move the clock instead of
 * sleeping, and every request costs `latencyMs` of virtual time (a network round trip).
 */
async function timeScan(leads: number, latencyMs: number, spentBeforeStart = 0) {
  const virtual = createVirtualApi({ counts: { leads }, perMinute: 100, latencyMs })
  // Requests the tables made in this window before the scan started.
  for (let index = 0; index < spentBeforeStart; index++) {
    await virtual.client.leads.list({ limit: 1 })
  }
  const startedAt = virtual.elapsed()
  virtual.log.requests.length = 0
  const scan = createListScan<Lead, ReturnType<typeof leadFacts>>({
    fetchPage: (cursor, signal) => virtual.client.leads.list({ limit: 100, cursor }, { signal }),
    toFacts: (lead) => leadFacts(lead),
    clock: virtual.clock,
  })
  const wallStart = performance.now()
  scan.start()
  const result = await settled(scan)
  return {
    result,
    seconds: (virtual.elapsed() - startedAt) / 1000,
    requests: virtual.log.requests.length,
    rateLimited: virtual.rateLimited(),
    wallMs: performance.now() - wallStart,
  }
}

describe('a 5,000-lead scan against the mock rate limit (100 a minute)', () => {
  it('fits in the scan’s share of one window: 50 requests, no wait, no 429', async () => {
    const run = await timeScan(5_000, 200)
    expect(run.result).toMatchObject({ done: true, scanned: 5_000, rateLimited: 0 })
    expect(run.requests).toBe(50)
    expect(run.rateLimited).toBe(0)
    // 50 round trips of 200 ms; no wait for the window.
    expect(run.seconds).toBe(10)
    console.info(
      `5,000 leads, fresh window, 200 ms a request: ${run.seconds} s, ${run.requests} requests, ${run.rateLimited} × 429 (mock time ${Math.round(run.wallMs)} ms)`,
    )
  })

  it('after the tables spent the window down to the reserve, waits for the next one: no 429', async () => {
    const run = await timeScan(5_000, 200, 80)
    expect(run.result).toMatchObject({ done: true, scanned: 5_000 })
    expect(run.rateLimited).toBe(0)
    expect(run.requests).toBe(50)
    expect(run.seconds).toBeGreaterThan(60 - 16)
    expect(run.seconds).toBeLessThan(60 + 11)
    console.info(
      `5,000 leads, window spent by the tables: ${run.seconds} s, ${run.rateLimited} × 429`,
    )
  })

  it('10,000 leads need a second window: 80 requests, a wait, 20 more; no 429', async () => {
    const run = await timeScan(10_000, 200)
    expect(run.result).toMatchObject({ done: true, scanned: 10_000 })
    expect(run.requests).toBe(100)
    expect(run.rateLimited).toBe(0)
    expect(run.seconds).toBeGreaterThanOrEqual(60)
    expect(run.seconds).toBeLessThan(60 + 20 * 0.2 + 1)
    console.info(`10,000 leads, 200 ms a request: ${run.seconds} s, ${run.rateLimited} × 429`)
  })
})
