import { createOctanistClient, OCTANIST_LEAD_SOURCES } from '@aura-kit/client'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MOCK_COUNTS, OCTANIST_BASE_URL, setupMockServer } from '../test-utils/mockServer.ts'
import { createTestQueryClient, renderWithClient } from '../test-utils/render.tsx'
import { createDayKeyer, startOfDay } from './dates.ts'
import { leadFacts } from './facts.ts'
import { leadsOverTime } from './leadFigures.ts'
import {
  ALL_BUCKET,
  funnelBuckets,
  funnelFromBuckets,
  sourceBuckets,
  sourcesFromBuckets,
  timeBuckets,
  timeSeriesFromBuckets,
} from './octanistBuckets.ts'
import { type CountBucket, useOctanistCounts } from './useOctanistCounts.ts'

const harness = setupMockServer()
const countRequests = () =>
  harness.requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/leads')
const range = { from: '2026-01-01', to: '2026-05-31' }
const timeZone = 'Europe/Berlin'

/** An Octanist client that records how many requests are under way at most. */
function countingClient() {
  let active = 0
  const seen = { most: 0 }
  const client = createOctanistClient({
    baseUrl: OCTANIST_BASE_URL,
    apiKey: 'oct_test_counts',
    retry: false,
    fetch: async (input, init) => {
      active++
      seen.most = Math.max(seen.most, active)
      try {
        return await fetch(input, init)
      } finally {
        active--
      }
    },
  })
  return { client, seen }
}

describe('useOctanistCounts', () => {
  it('counts each bucket with one limit=1 request, from meta.pagination.total', async () => {
    const buckets: CountBucket[] = [
      { id: 'all', query: {} },
      { id: 'won', query: { status: 'won' } },
      { id: 'gtm', query: { source: 'gtm' } },
    ]
    const { result } = renderWithClient(() => useOctanistCounts(buckets))
    expect(result.current).toMatchObject({ settled: 0, total: 3, done: false })
    await waitFor(() => expect(result.current.done).toBe(true))
    const leads = harness.api.db.octanistLeads
    expect(result.current.counts).toEqual({
      all: MOCK_COUNTS.octanistLeads,
      won: leads.filter((lead) => lead.status === 'won').length,
      gtm: leads.filter((lead) => lead.source === 'gtm').length,
    })
    const requests = countRequests()
    expect(requests).toHaveLength(3)
    expect(requests.every((url) => url.searchParams.get('limit') === '1')).toBe(true)
    expect(requests.every((url) => url.searchParams.get('fields') === 'id')).toBe(true)
  })

  it('runs at most four at a time, and answers from the cache the next time', async () => {
    harness.api.setFaults([{ path: '/api/leads', latencyMs: 30 }])
    const { client, seen } = countingClient()
    const buckets = timeBuckets({}, { from: '2026-05-01', to: '2026-05-10' }, timeZone)
    const queryClient = createTestQueryClient()
    const first = renderWithClient(() => useOctanistCounts(buckets), {
      octanistClient: client,
      queryClient,
    })
    await waitFor(() => expect(first.result.current.done).toBe(true))
    expect(buckets).toHaveLength(20)
    expect(seen.most).toBe(4)
    expect(countRequests()).toHaveLength(20)

    const second = renderWithClient(() => useOctanistCounts(buckets), {
      octanistClient: client,
      queryClient,
    })
    expect(second.result.current.done).toBe(true)
    expect(countRequests()).toHaveLength(20)
  })

  it('keeps the counts that came in when some fail, and retries only those', async () => {
    harness.api.setFaults([{ path: '/api/leads', nth: 2, status: 500 }])
    const buckets: CountBucket[] = [
      { id: 'open', query: { status: 'open' } },
      { id: 'won', query: { status: 'won' } },
      { id: 'lost', query: { status: 'lost' } },
    ]
    const { result } = renderWithClient(() => useOctanistCounts(buckets, { concurrency: 1 }))
    await waitFor(() => expect(result.current.settled).toBe(3))
    expect(result.current).toMatchObject({ failed: 1, done: false })
    expect(result.current.counts.won).toBeUndefined()
    expect(result.current.counts.open).toBeGreaterThan(0)

    act(() => result.current.retry())
    await waitFor(() => expect(result.current.done).toBe(true))
    expect(countRequests()).toHaveLength(4)
  })
})

describe('Octanist buckets', () => {
  it("funnel and sources from counts equal those computed from the mock's own leads", async () => {
    const buckets = [...funnelBuckets({}, range, timeZone), ...sourceBuckets({}, range, timeZone)]
    const { result } = renderWithClient(() => useOctanistCounts(buckets))
    await waitFor(() => expect(result.current.done).toBe(true))
    const dayOf = createDayKeyer(timeZone)
    const inRange = harness.api.db.octanistLeads.filter((lead) => {
      const day = dayOf(lead.createdAt)
      return day !== null && day >= range.from && day <= range.to
    })
    const funnel = funnelFromBuckets(result.current.counts)
    expect(funnel.total).toBe(inRange.length)
    expect(funnel.steps.map((step) => step.count)).toEqual(
      ['open', 'qualified', 'won'].map(
        (status) => inRange.filter((lead) => lead.status === status).length,
      ),
    )
    const sources = sourcesFromBuckets(result.current.counts)
    expect(sources.total).toBe(inRange.length)
    for (const item of sources.items) {
      expect(item.count).toBe(inRange.filter((lead) => lead.source === item.source).length)
    }
    expect(
      sources.items.every((item) => OCTANIST_LEAD_SOURCES.includes(item.source as never)),
    ).toBe(true)
  })

  it('a time series from counts equals the one counted from the leads', async () => {
    const span = { from: '2026-05-01', to: '2026-05-14' }
    const buckets = timeBuckets({}, span, timeZone, 'week')
    const { result } = renderWithClient(() => useOctanistCounts(buckets))
    await waitFor(() => expect(result.current.done).toBe(true))
    const { coverage: _coverage, ...expected } = leadsOverTime(
      harness.api.db.octanistLeads.map((lead) => leadFacts(lead, 'octanist')),
      { range: span, timeZone, bucket: 'week' },
    )
    expect(timeSeriesFromBuckets(result.current.counts, span, 'week')).toEqual(expected)
  })

  it("sends the range as createdAt operators at the zone's midnights, over the base filters", () => {
    const [all, open] = funnelBuckets(
      { source: 'gtm', createdAt: { gte: '2020-01-01' }, limit: 50 },
      { from: '2026-05-01', to: '2026-05-31' },
      timeZone,
    )
    expect(all).toEqual({
      id: ALL_BUCKET,
      query: {
        source: 'gtm',
        createdAt: {
          gte: startOfDay('2026-05-01', timeZone).toISOString(),
          lt: startOfDay('2026-06-01', timeZone).toISOString(),
        },
      },
    })
    expect(open?.query.status).toBe('open')
  })

  it('skips statuses and sources the base filters leave out (they count 0)', () => {
    const statuses = funnelBuckets({ status: ['won', 'lost'] }, null).map((bucket) => bucket.id)
    expect(statuses).toEqual([ALL_BUCKET, 'won', 'lost'])
    const sources = sourceBuckets({ source: 'api' }, null).map((bucket) => bucket.id)
    expect(sources).toEqual([ALL_BUCKET, 'api'])
    expect(funnelFromBuckets({ all: 5, won: 3, lost: 2 }).steps.map((step) => step.count)).toEqual([
      0, 0, 3,
    ])
  })
})
