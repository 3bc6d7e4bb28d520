import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { LeadFilters } from '../queryKeys.ts'
import { createTestClients, MOCK_COUNTS, setupMockServer } from '../test-utils/mockServer.ts'
import { createTestQueryClient, renderWithClient } from '../test-utils/render.tsx'
import { createVirtualApi } from '../test-utils/virtualApi.ts'
import { useLeads } from '../useLeads.ts'
import { callOutcomes, pipelineValue } from './callFigures.ts'
import { callFacts, leadFacts } from './facts.ts'
import { AURA_FUNNEL, leadFunnel, leadSources, leadsOverTime } from './leadFigures.ts'
import { useCallStats, useLeadStats } from './useLeadStats.ts'

const harness = setupMockServer()
const leadCursors = () =>
  harness.requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/v1/leads')
    .map((url) => url.searchParams.get('cursor') ?? '(first)')
const range = { from: '2026-03-01', to: '2026-05-31' }
const timeZone = 'Europe/Berlin'

describe('useLeadStats', () => {
  it("counts every lead and gives the figures computed from the mock's own data", async () => {
    const { result } = renderWithClient(() => useLeadStats({}, range, { timeZone }))
    expect(result.current.progress).toMatchObject({ scanned: 0, done: false, running: true })
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    const facts = harness.api.db.leads.map((lead) => leadFacts(lead))
    expect(result.current.progress.scanned).toBe(MOCK_COUNTS.leads)
    expect(result.current.funnel).toEqual(leadFunnel(facts, AURA_FUNNEL, { range, timeZone }))
    const { coverage, ...sources } = leadSources(facts, { range, timeZone })
    expect(result.current.sources).toEqual(sources)
    expect(result.current.coverage).toEqual(coverage)
    expect(result.current.overTime).toEqual(leadsOverTime(facts, { range, timeZone }))
    expect(result.current.funnel.total).toBeGreaterThan(0)
    expect(leadCursors()).toHaveLength(3)
  })

  it('scans only the leads matching its filters', async () => {
    const { result } = renderWithClient(() => useLeadStats({ status: 'won' }))
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    const won = harness.api.db.leads.filter((lead) => lead.status === 'won').length
    expect(result.current.progress.scanned).toBe(won)
    expect(result.current.funnel.steps.at(-1)?.count).toBe(won)
  })

  it('reads the pages a table already loaded instead of asking again', async () => {
    const queryClient = createTestQueryClient()
    const table = renderWithClient(() => useLeads({ source: 'google' }), { queryClient })
    await waitFor(() => expect(table.result.current.isSuccess).toBe(true))
    await act(() => table.result.current.fetchNextPage())
    await waitFor(() => expect(table.result.current.data?.pages).toHaveLength(2))
    const tableCursors = leadCursors()
    const loaded = table.result.current.totalLoaded

    const { result } = renderWithClient(() => useLeadStats({ source: 'google' }), { queryClient })
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    const google = harness.api.db.leads.filter((lead) => lead.source?.utm_source === 'google')
    expect(result.current.progress.scanned).toBe(google.length)
    expect(result.current.progress.pagesFromCache).toBe(2)
    const scanCursors = leadCursors().slice(tableCursors.length)
    expect(scanCursors).not.toContain('(first)')
    expect(scanCursors).toHaveLength(Math.ceil((google.length - loaded) / 100))
  })

  it('stops when unmounted and continues from the last cursor when mounted again', async () => {
    const queryClient = createTestQueryClient()
    const { client } = createTestClients()
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, latencyMs: 60_000 }])
    const first = renderWithClient(() => useLeadStats(), { queryClient, client })
    await waitFor(() => expect(harness.requests).toHaveLength(2))
    expect(first.result.current.progress.scanned).toBe(100)
    const hanging = harness.requests[1]
    first.unmount()
    await waitFor(() => expect(hanging?.signal.aborted).toBe(true))

    harness.api.setFaults([])
    const second = renderWithClient(() => useLeadStats(), { queryClient, client })
    expect(second.result.current.progress.scanned).toBe(100)
    await waitFor(() => expect(second.result.current.progress.done).toBe(true))
    expect(second.result.current.progress.scanned).toBe(MOCK_COUNTS.leads)
    const [firstPage, cut, ...rest] = leadCursors()
    expect(firstPage).toBe('(first)')
    // The cut-short page is asked again, the first one never.
    expect(rest[0]).toBe(cut)
    expect(rest).not.toContain('(first)')
  })

  it('a change of filters stops the old scan and counts the new filters', async () => {
    harness.api.setFaults([{ path: '/v1/leads', nth: 1, latencyMs: 60_000 }])
    const { result, rerender } = renderWithClient((filters: LeadFilters) => useLeadStats(filters), {
      initialProps: {} as LeadFilters,
    })
    await waitFor(() => expect(harness.requests).toHaveLength(1))
    const hanging = harness.requests[0]
    rerender({ status: 'lost' })
    await waitFor(() => expect(hanging?.signal.aborted).toBe(true))
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    const lost = harness.api.db.leads.filter((lead) => lead.status === 'lost').length
    expect(result.current.progress.scanned).toBe(lost)
  })

  it('after an error keeps what it counted (partial); retry goes on from the failed page', async () => {
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, status: 500 }])
    const { result } = renderWithClient(() => useLeadStats())
    await waitFor(() => expect(result.current.progress.error).not.toBeNull())
    expect(result.current.progress).toMatchObject({ scanned: 100, partial: true, done: false })
    expect(result.current.funnel.total).toBe(100)

    act(() => result.current.progress.retry())
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    expect(result.current.progress).toMatchObject({
      scanned: MOCK_COUNTS.leads,
      partial: false,
      error: null,
    })
  })

  it('asks for each page once under StrictMode', async () => {
    const { result } = renderWithClient(() => useLeadStats(), { strict: true })
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    expect(leadCursors()).toHaveLength(3)
    expect(new Set(leadCursors()).size).toBe(3)
  })

  it("paces itself inside the mock's rate limit: no 429", async () => {
    const virtual = createVirtualApi({ counts: { leads: 230 }, perMinute: 4 })
    const { result } = renderWithClient(
      () => useLeadStats({}, undefined, { clock: virtual.clock }),
      { client: virtual.client },
    )
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    expect(result.current.progress.scanned).toBe(230)
    expect(result.current.progress.rateLimited).toBe(0)
    expect(virtual.rateLimited()).toBe(0)
    // 2 of 4 requests a window are left to the tables: 3 pages need a second window.
    expect(virtual.elapsed()).toBeGreaterThanOrEqual(60_000)
  })
})

describe('useCallStats', () => {
  it('gives call outcomes and pipeline value computed from the mock’s own calls', async () => {
    const now = REFERENCE_TIME
    const { result } = renderWithClient(() => useCallStats({}, range, { timeZone, now }))
    await waitFor(() => expect(result.current.progress.done).toBe(true))
    const facts = harness.api.db.calls.map(callFacts)
    const { coverage, ...outcomes } = callOutcomes(facts, { range, timeZone })
    expect(result.current.outcomes).toEqual(outcomes)
    expect(result.current.coverage).toEqual(coverage)
    expect(result.current.pipeline).toEqual(pipelineValue(facts, { range, timeZone, now }))
    expect(result.current.progress.scanned).toBe(MOCK_COUNTS.calls)
    expect(result.current.outcomes.total).toBeGreaterThan(0)
    expect(result.current.pipeline.upcomingCount).toBeGreaterThan(0)
  })
})
