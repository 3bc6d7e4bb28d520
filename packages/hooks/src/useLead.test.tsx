import { waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MOCK_COUNTS, setupMockServer } from './test-utils/mockServer.ts'
import { createTestQueryClient, renderWithClient } from './test-utils/render.tsx'
import { useCall } from './useCall.ts'
import { useCalls } from './useCalls.ts'
import { useLead } from './useLead.ts'
import { useLeads } from './useLeads.ts'

const harness = setupMockServer()
const pathsRequested = () => harness.requests.map((request) => new URL(request.url).pathname)

describe('useLead and useCall', () => {
  it('opens a lead instantly from a cached list, then refreshes it in the background', async () => {
    const queryClient = createTestQueryClient()
    const list = renderWithClient(() => useLeads({ limit: 20 }), { queryClient })
    await waitFor(() => expect(list.result.current.rows).toHaveLength(20))
    const fromList = list.result.current.rows[7]
    if (!fromList) {
      throw new Error('the list should have loaded')
    }

    const detail = renderWithClient(() => useLead(fromList.id), { queryClient })
    expect(detail.result.current.data?.id).toBe(fromList.id)
    expect(detail.result.current.isSuccess).toBe(true)
    // The cached copy shows while the fresh one loads.
    expect(detail.result.current.isFetching).toBe(true)
    await waitFor(() => expect(pathsRequested()).toContain(`/v1/leads/${fromList.id}`))
    await waitFor(() => expect(detail.result.current.isFetching).toBe(false))
    expect(detail.result.current.data?.email).toBe(fromList.email)
  })

  it('fetches a lead that is in no list, and reports a missing one as a typed 404', async () => {
    const { result } = renderWithClient(() => useLead('00000000-0000-4000-8000-000000000000'))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({
      name: 'AuraApiError',
      status: 404,
      code: 'NOT_FOUND',
    })
  })

  it('opens a call from a cached list with its transcript', async () => {
    const queryClient = createTestQueryClient()
    const list = renderWithClient(() => useCalls({ limit: 30 }), { queryClient })
    await waitFor(() => expect(list.result.current.rows).toHaveLength(30))
    const fromList = list.result.current.rows[3]
    if (!fromList) {
      throw new Error('the list should have loaded')
    }
    const detail = renderWithClient(() => useCall(fromList.id), { queryClient })
    expect(detail.result.current.data?.id).toBe(fromList.id)
    await waitFor(() => expect(pathsRequested()).toContain(`/v1/calls/${fromList.id}`))
    expect(MOCK_COUNTS.calls).toBeGreaterThan(30)
  })
})
