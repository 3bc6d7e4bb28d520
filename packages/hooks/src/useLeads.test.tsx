import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { LeadFilters } from './queryKeys.ts'
import { MOCK_COUNTS, setupMockServer } from './test-utils/mockServer.ts'
import { renderWithClient } from './test-utils/render.tsx'
import { useLeads } from './useLeads.ts'

const harness = setupMockServer()
const leadListRequests = () =>
  harness.requests.filter((request) => new URL(request.url).pathname === '/v1/leads')

describe('useLeads', () => {
  it('pages to the end with unique rows and stops', async () => {
    const { result } = renderWithClient(() => useLeads({ limit: 100 }))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage())
    }
    expect(result.current.totalLoaded).toBe(MOCK_COUNTS.leads)
    expect(new Set(result.current.rows.map((lead) => lead.id)).size).toBe(MOCK_COUNTS.leads)
    expect(result.current.data?.pages).toHaveLength(Math.ceil(MOCK_COUNTS.leads / 100))
    expect(leadListRequests()).toHaveLength(3)
  })

  it('keeps the previous rows, marked stale, while a new filter loads, then shows the new rows', async () => {
    const { result, rerender } = renderWithClient((filters: LeadFilters) => useLeads(filters), {
      initialProps: { limit: 20 } as LeadFilters,
    })
    await waitFor(() => expect(result.current.rows).toHaveLength(20))
    const previousIds = result.current.rows.map((lead) => lead.id)

    harness.api.setFaults([{ path: '/v1/leads', latencyMs: 100 }])
    rerender({ limit: 20, status: 'won' })
    expect(result.current.isStaleFilter).toBe(true)
    expect(result.current.rows.map((lead) => lead.id)).toEqual(previousIds)

    await waitFor(() => expect(result.current.isStaleFilter).toBe(false))
    expect(result.current.rows.length).toBeGreaterThan(0)
    expect(result.current.rows.every((lead) => lead.status === 'won')).toBe(true)
  })

  it('cancels the in-flight request when the filter changes', async () => {
    harness.api.setFaults([{ path: '/v1/leads', latencyMs: 5_000 }])
    const { result, rerender } = renderWithClient((filters: LeadFilters) => useLeads(filters), {
      initialProps: { status: 'new' },
    })
    await waitFor(() => expect(leadListRequests()).toHaveLength(1))
    const first = leadListRequests()[0]
    harness.api.setFaults([])
    rerender({ status: 'lost' })
    await waitFor(() => expect(first?.signal.aborted).toBe(true))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.rows.every((lead) => lead.status === 'lost')).toBe(true)
  })

  it('keeps loaded pages when a page fails, and a retry continues from there', async () => {
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, status: 500 }])
    const { result } = renderWithClient(() => useLeads({ limit: 50 }))
    await waitFor(() => expect(result.current.rows).toHaveLength(50))

    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.isFetchNextPageError).toBe(true))
    expect(result.current.error?.name).toBe('AuraApiError')
    expect(result.current.rows).toHaveLength(50)

    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.rows).toHaveLength(100))
    expect(result.current.isFetchNextPageError).toBe(false)
  })

  it('deduplicates rows when the server sends a page twice', async () => {
    harness.api.setFaults([{ path: '/v1/leads', repeatPage: true, times: 1 }])
    const { result } = renderWithClient(() => useLeads({ limit: 10 }))
    await waitFor(() => expect(result.current.rows).toHaveLength(10))

    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    expect(result.current.rows).toHaveLength(10)

    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.rows).toHaveLength(20))
    expect(new Set(result.current.rows.map((lead) => lead.id)).size).toBe(20)
  })

  it('stops offering more pages when the server repeats a cursor', async () => {
    const { result } = renderWithClient(() => useLeads({ limit: 10 }))
    await waitFor(() => expect(result.current.hasNextPage).toBe(true))
    harness.api.setFaults([{ path: '/v1/leads', repeatPage: true }])
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    expect(result.current.hasNextPage).toBe(false)
  })

  it('sends one request under StrictMode', async () => {
    const { result } = renderWithClient(() => useLeads({ limit: 10 }), { strict: true })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(leadListRequests()).toHaveLength(1)
  })

  it('aborts the request when the component unmounts', async () => {
    harness.api.setFaults([{ path: '/v1/leads', latencyMs: 5_000 }])
    const { unmount } = renderWithClient(() => useLeads())
    await waitFor(() => expect(leadListRequests()).toHaveLength(1))
    unmount()
    await waitFor(() => expect(leadListRequests()[0]?.signal.aborted).toBe(true))
  })
})
