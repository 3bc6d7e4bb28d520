import type { CreateLeadInput } from '@aura-kit/client'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OPTIMISTIC_ID_PREFIX } from './optimisticLead.ts'
import { setupMockServer } from './test-utils/mockServer.ts'
import { createTestQueryClient, renderWithClient } from './test-utils/render.tsx'
import { useCreateLead } from './useCreateLead.ts'
import { useLeads } from './useLeads.ts'

const harness = setupMockServer()
const postRequests = () => harness.requests.filter((request) => request.method === 'POST')

function renderListAndCreate() {
  const queryClient = createTestQueryClient()
  const all = renderWithClient(() => useLeads({ limit: 10 }), { queryClient })
  const won = renderWithClient(() => useLeads({ limit: 10, status: 'won' }), { queryClient })
  const create = renderWithClient(() => useCreateLead(), { queryClient })
  return { all, won, create }
}

const input: CreateLeadInput = {
  email: 'ada@example.com',
  fullName: 'Ada Lovelace',
  phone: '+14155552671',
  timezone: 'Europe/London',
}

describe('useCreateLead', () => {
  it('shows the lead at the top of matching lists at once, then the saved lead', async () => {
    const { all, won, create } = renderListAndCreate()
    await waitFor(() => expect(all.result.current.rows).toHaveLength(10))
    await waitFor(() => expect(won.result.current.isSuccess).toBe(true))
    const wonIds = won.result.current.rows.map((lead) => lead.id)

    harness.api.setFaults([{ path: '/v1/leads', method: 'POST', latencyMs: 100 }])
    act(() => create.result.current.mutate(input))
    await waitFor(() => expect(all.result.current.rows[0]?.id).toMatch(OPTIMISTIC_ID_PREFIX))
    expect(all.result.current.rows[0]?.email).toBe(input.email)
    expect(won.result.current.rows.map((lead) => lead.id)).toEqual(wonIds)

    await waitFor(() => expect(create.result.current.isSuccess).toBe(true))
    const saved = create.result.current.data
    expect(saved?.status).toBe('new')
    expect(all.result.current.rows[0]?.id).toBe(saved?.id)
    expect(all.result.current.rows).toHaveLength(11)
  })

  it('rolls back on a server error with the typed error and leaves the input untouched', async () => {
    const { all, create } = renderListAndCreate()
    await waitFor(() => expect(all.result.current.rows).toHaveLength(10))
    const before = all.result.current.rows.map((lead) => lead.id)
    const typed = structuredClone(input)

    harness.api.setFaults([{ path: '/v1/leads', method: 'POST', status: 500, latencyMs: 50 }])
    act(() => create.result.current.mutate(typed))
    await waitFor(() => expect(all.result.current.rows[0]?.id).toMatch(OPTIMISTIC_ID_PREFIX))
    await waitFor(() => expect(create.result.current.isError).toBe(true))

    expect(create.result.current.error).toMatchObject({ name: 'AuraApiError', status: 500 })
    expect(all.result.current.rows.map((lead) => lead.id)).toEqual(before)
    expect(typed).toEqual(input)
  })

  it('rejects invalid input before sending anything and changes no list', async () => {
    const { all, create } = renderListAndCreate()
    await waitFor(() => expect(all.result.current.rows).toHaveLength(10))
    const before = all.result.current.rows

    act(() => create.result.current.mutate({ email: 'not-an-email', phone: '555 1234' }))
    await waitFor(() => expect(create.result.current.isError).toBe(true))

    expect(create.result.current.error?.name).toBe('AuraValidationError')
    expect(postRequests()).toHaveLength(0)
    expect(all.result.current.rows).toBe(before)
  })
})
