import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MOCK_COUNTS, setupMockServer } from './test-utils/mockServer.ts'
import { renderWithClient } from './test-utils/render.tsx'
import { useOctanistLeads } from './useOctanistLeads.ts'

const harness = setupMockServer()

describe('useOctanistLeads', () => {
  it('pages by number to the end with total and totalPages from the meta', async () => {
    const { result } = renderWithClient(() => useOctanistLeads({ limit: 100 }))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.total).toBe(MOCK_COUNTS.octanistLeads)
    expect(result.current.totalPages).toBe(Math.ceil(MOCK_COUNTS.octanistLeads / 100))
    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage())
    }
    expect(result.current.totalLoaded).toBe(MOCK_COUNTS.octanistLeads)
    const pages = harness.requests.map((request) => new URL(request.url).searchParams.get('page'))
    expect(pages).toEqual(['1', '2', '3'])
  })

  it('stops at an empty page even when the server says there is more', async () => {
    const { result } = renderWithClient(() => useOctanistLeads({ limit: 100 }))
    await waitFor(() => expect(result.current.hasNextPage).toBe(true))
    harness.api.setFaults([{ path: '/api/leads', repeatPage: true }])
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2))
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.totalLoaded).toBe(100)
  })

  it('sends sort, search, fields and operators as the API spells them', async () => {
    const { result } = renderWithClient(() =>
      useOctanistLeads({
        limit: 25,
        sort: [
          { field: 'value', direction: 'desc' },
          { field: 'createdAt', direction: 'asc' },
        ],
        status: ['won', 'qualified'],
        value: { gte: 100 },
        gclid: { exists: true },
        fields: ['name', 'email', 'status', 'value'],
      }),
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const params = new URL(harness.requests[0]?.url ?? '').searchParams
    expect(params.get('sort')).toBe('value:desc,createdAt:asc')
    expect(params.get('status')).toBe('won,qualified')
    expect(params.get('value[gte]')).toBe('100')
    expect(params.get('gclid[exists]')).toBe('true')

    const values = result.current.rows.map((lead) => Number(lead.value))
    expect(values).toEqual([...values].sort((a, b) => b - a))
    for (const lead of result.current.rows) {
      expect(['won', 'qualified']).toContain(lead.status)
      expect(Number(lead.value)).toBeGreaterThanOrEqual(100)
      expect(Object.keys(lead).sort()).toEqual(['email', 'id', 'name', 'status', 'value'])
    }
  })
})
