import { dehydrate, HydrationBoundary, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AuraKitProvider } from './AuraKitProvider.tsx'
import { prefetchCall, prefetchLeads } from './prefetch.ts'
import { leadKeys } from './queryKeys.ts'
import { createTestClients, setupMockServer } from './test-utils/mockServer.ts'
import { createTestQueryClient } from './test-utils/render.tsx'
import { useCall } from './useCall.ts'
import { useLeads } from './useLeads.ts'

const harness = setupMockServer()
const { client } = createTestClients()

function LeadNames() {
  const { rows } = useLeads({ limit: 3 })
  return (
    <ul>
      {rows.map((lead) => (
        <li key={lead.id}>{lead.email}</li>
      ))}
    </ul>
  )
}

function CallStatus({ id }: { id: string }) {
  const call = useCall(id)
  return <p>{call.data ? `loaded ${call.data.id}` : 'loading'}</p>
}

describe('server rendering', () => {
  it('prefetches on the server, renders markup, and hydrates without fetching again', async () => {
    const serverQueryClient = createTestQueryClient()
    await prefetchLeads(serverQueryClient, { client }, { limit: 3 })
    const state = dehydrate(serverQueryClient)
    const html = renderToString(
      <AuraKitProvider client={client} queryClient={serverQueryClient}>
        <LeadNames />
      </AuraKitProvider>,
    )
    const emails = (
      serverQueryClient.getQueryData<{ pages: { data: { email: string }[] }[] }>(
        leadKeys.list({ limit: 3 }),
      )?.pages[0]?.data ?? []
    ).map((lead) => lead.email)
    expect(emails).toHaveLength(3)
    for (const email of emails) {
      expect(html).toContain(email)
    }
    const requestsOnServer = harness.requests.length

    const browserQueryClient = createTestQueryClient()
    browserQueryClient.setDefaultOptions({ queries: { staleTime: 60_000, retry: false } })
    await act(async () => {
      render(
        <QueryClientProvider client={browserQueryClient}>
          <HydrationBoundary state={JSON.parse(JSON.stringify(state))}>
            <AuraKitProvider client={client}>
              <LeadNames />
            </AuraKitProvider>
          </HydrationBoundary>
        </QueryClientProvider>,
      )
    })
    for (const email of emails) {
      expect(screen.getByText(email)).toBeTruthy()
    }
    expect(harness.requests.length).toBe(requestsOnServer)
  })

  it('prefetchCall loads one call into the cache for useCall', async () => {
    const queryClient = createTestQueryClient()
    const { data } = await client.calls.list({ limit: 1 })
    const id = data[0]?.id ?? ''
    await prefetchCall(queryClient, { client }, id)
    render(
      <AuraKitProvider client={client} queryClient={queryClient}>
        <CallStatus id={id} />
      </AuraKitProvider>,
    )
    expect(screen.getByText(`loaded ${id}`)).toBeTruthy()
  })
})
