import {
  AuraApiError,
  type AuraClient,
  AuraPaginationError,
  type CursorPage,
  type Lead,
} from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { createVirtualApi, settled } from '../test-utils/virtualApi.ts'
import { leadFacts } from './facts.ts'
import { createListScan, type ScanClock } from './listScan.ts'

function leadScan(
  client: AuraClient,
  clock: ScanClock,
  extra: Partial<Parameters<typeof createListScan<Lead, ReturnType<typeof leadFacts>>>[0]> = {},
) {
  return createListScan<Lead, ReturnType<typeof leadFacts>>({
    fetchPage: (cursor, signal) => client.leads.list({ limit: 100, cursor }, { signal }),
    toFacts: (lead) => leadFacts(lead),
    clock,
    ...extra,
  })
}

const cursorsAsked = (requests: URL[]) =>
  requests.map((url) => url.searchParams.get('cursor') ?? '(first)')

describe('createListScan', () => {
  it('counts every lead once, 100 a page, and is done after the last page', async () => {
    const { api, client, clock, log } = createVirtualApi({
      counts: { leads: 250 },
      perMinute: false,
    })
    const scan = leadScan(client, clock)
    scan.start()
    const result = await settled(scan)
    expect(result).toMatchObject({
      done: true,
      scanned: 250,
      pages: 3,
      error: null,
      partial: false,
    })
    expect(result.facts.map((facts) => facts.status)).toEqual(
      api.db.leads.map((lead) => lead.status),
    )
    expect(log.requests.map((url) => url.searchParams.get('limit'))).toEqual(['100', '100', '100'])
  })

  it("stays inside the mock's rate limit: waits for the window instead of meeting a 429", async () => {
    const { client, clock, log, elapsed, rateLimited } = createVirtualApi({
      counts: { leads: 2_000 },
      perMinute: 10,
    })
    const scan = leadScan(client, clock)
    const waits: number[] = []
    scan.subscribe(() => {
      const { waitingUntil } = scan.getSnapshot()
      if (waitingUntil !== null && waits.at(-1) !== waitingUntil) {
        waits.push(waitingUntil)
      }
    })
    scan.start()
    const result = await settled(scan)
    expect(result).toMatchObject({ done: true, scanned: 2_000, rateLimited: 0 })
    expect(rateLimited()).toBe(0)
    expect(log.requests).toHaveLength(20)
    // 8 requests a window (2 of 10 left to the tables): 20 pages take two waits for a reset.
    expect(waits).toHaveLength(2)
    expect(elapsed()).toBeGreaterThanOrEqual(120_000)
    expect(elapsed()).toBeLessThan(125_000)
  })

  it('the same list read without pacing meets the limit (the control)', async () => {
    const { client, rateLimited } = createVirtualApi({ counts: { leads: 2_000 }, perMinute: 10 })
    await expect(async () => {
      for await (const _page of client.leads.pages({ limit: 100 })) {
        // reading as fast as the API answers
      }
    }).rejects.toBeInstanceOf(AuraApiError)
    expect(rateLimited()).toBe(1)
  })

  it('stopped, keeps what it counted and its cursor; started again, continues from there', async () => {
    const { client, clock, log } = createVirtualApi({ counts: { leads: 550 }, perMinute: false })
    const scan = leadScan(client, clock)
    const unsubscribe = scan.subscribe(() => {
      if (scan.getSnapshot().scanned === 300) {
        unsubscribe()
        scan.stop()
      }
    })
    scan.start()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const stopped = scan.getSnapshot()
    expect(stopped).toMatchObject({ scanned: 300, done: false, running: false, error: null })
    const askedBefore = log.requests.length

    scan.start()
    const result = await settled(scan)
    expect(result).toMatchObject({ done: true, scanned: 550, pages: 6 })
    const asked = cursorsAsked(log.requests)
    // Only a request the stop cut short is asked again; every other page once.
    expect(asked.length - new Set(asked).size).toBeLessThanOrEqual(askedBefore - 3)
    expect(new Set(asked).size).toBe(6)
  })

  it('an error keeps what was counted (partial); retry continues from the failed page', async () => {
    const { api, client, clock, log } = createVirtualApi({
      counts: { leads: 450 },
      perMinute: false,
    })
    api.setFaults([{ path: '/v1/leads', nth: 3, status: 500 }])
    const scan = leadScan(client, clock)
    scan.start()
    const failed = await settled(scan)
    expect(failed).toMatchObject({ scanned: 200, done: false, partial: true })
    expect(failed.error).toBeInstanceOf(AuraApiError)
    expect((failed.error as AuraApiError).status).toBe(500)

    scan.retry()
    const result = await settled(scan)
    expect(result).toMatchObject({ done: true, scanned: 450, error: null, partial: false })
    const asked = cursorsAsked(log.requests)
    expect(asked).toHaveLength(6)
    expect(asked[2]).toBe(asked[3])
  })

  it('an error on the first page is an error, not a partial count', async () => {
    const { api, client, clock } = createVirtualApi({ counts: { leads: 50 }, perMinute: false })
    api.setFaults([{ path: '/v1/leads', status: 503 }])
    const scan = leadScan(client, clock)
    scan.start()
    expect(await settled(scan)).toMatchObject({ scanned: 0, partial: false, done: false })
  })

  it('reads pages a table already loaded from there, and asks only for the rest', async () => {
    const { client, clock, log } = createVirtualApi({ counts: { leads: 320 }, perMinute: false })
    // A table loaded two pages of 50.
    const first = await client.leads.list({ limit: 50 })
    const second = await client.leads.list({ limit: 50, cursor: first.nextCursor })
    const loaded = new Map<string | undefined, CursorPage<Lead>>([
      [undefined, first],
      [first.nextCursor ?? '', second],
    ])
    log.requests.length = 0
    const scan = leadScan(client, clock, { cachedPage: (cursor) => loaded.get(cursor) })
    scan.start()
    const result = await settled(scan)
    expect(result).toMatchObject({ done: true, scanned: 320, pagesFromCache: 2, pages: 5 })
    const asked = cursorsAsked(log.requests)
    expect(asked).toHaveLength(3)
    expect(asked[0]).toBe(second.nextCursor)
  })

  it('waits out a 429 that comes anyway (clocks apart) and goes on', async () => {
    const { api, client, clock, elapsed } = createVirtualApi({
      counts: { leads: 250 },
      perMinute: false,
    })
    api.setFaults([{ path: '/v1/leads', nth: 2, status: 429, retryAfter: 7 }])
    const scan = leadScan(client, clock)
    scan.start()
    const result = await settled(scan)
    expect(result).toMatchObject({ done: true, scanned: 250, rateLimited: 1 })
    expect(elapsed()).toBe(7_000)
  })

  it('stops with a paging error, keeping the count, when the server repeats a cursor', async () => {
    const { api, client, clock } = createVirtualApi({ counts: { leads: 250 }, perMinute: false })
    api.setFaults([{ path: '/v1/leads', nth: 2, repeatPage: true }])
    const scan = leadScan(client, clock)
    scan.start()
    const result = await settled(scan)
    expect(result.error).toBeInstanceOf(AuraPaginationError)
    // The second page came with its rows and its own cursor again.
    expect(result).toMatchObject({ partial: true, scanned: 200, done: false })
  })

  it('counts a lead sent on two pages once', async () => {
    const { api, client, clock } = createVirtualApi({ counts: { leads: 250 }, perMinute: false })
    api.setFaults([{ path: '/v1/leads', overlapRows: 5 }])
    const scan = leadScan(client, clock)
    scan.start()
    const result = await settled(scan)
    expect(result.scanned).toBe(api.db.leads.length)
  })

  it('restart counts from the first page again', async () => {
    const { client, clock, log } = createVirtualApi({ counts: { leads: 150 }, perMinute: false })
    const scan = leadScan(client, clock)
    scan.start()
    await settled(scan)
    scan.restart()
    expect(scan.getSnapshot()).toMatchObject({ scanned: 0, done: false, running: true })
    expect(await settled(scan)).toMatchObject({ done: true, scanned: 150 })
    expect(log.requests).toHaveLength(4)
  })
})
