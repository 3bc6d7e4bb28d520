import { QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { AuraKitProvider, useAuraKit } from './AuraKitProvider.tsx'
import { leadKeys } from './queryKeys.ts'
import { createTestClients, setupMockServer } from './test-utils/mockServer.ts'
import { createTestQueryClient } from './test-utils/render.tsx'
import { useLeads } from './useLeads.ts'

setupMockServer()
const { client } = createTestClients()

function LeadCount({ label }: { label: string }) {
  const { totalLoaded, isSuccess } = useLeads({ limit: 5 })
  return <p>{isSuccess ? `${label}: ${totalLoaded}` : `${label}: loading`}</p>
}

function Capture({ onClient }: { onClient: (queryClient: unknown) => void }) {
  onClient(useQueryClient())
  return null
}

describe('AuraKitProvider', () => {
  it('names the provider when a hook is used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useAuraKit())).toThrow('<AuraKitProvider>')
  })

  it("uses the host's QueryClient instead of making a second one", () => {
    const host = createTestQueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <AuraKitProvider client={client}>{children}</AuraKitProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(() => useQueryClient(), { wrapper })
    expect(result.current).toBe(host)
  })

  it('gives providers without a host client caches of their own', async () => {
    const clients: unknown[] = []
    const capture = (queryClient: unknown) => {
      clients.push(queryClient)
    }
    render(
      <>
        <AuraKitProvider client={client}>
          <Capture onClient={capture} />
          <LeadCount label="first" />
        </AuraKitProvider>
        <AuraKitProvider client={client}>
          <Capture onClient={capture} />
          <LeadCount label="second" />
        </AuraKitProvider>
      </>,
    )
    await screen.findByText('first: 5')
    await screen.findByText('second: 5')
    expect(new Set(clients).size).toBe(2)
  })

  it('keeps two scopes apart inside one shared QueryClient', async () => {
    const host = createTestQueryClient()
    render(
      <QueryClientProvider client={host}>
        <AuraKitProvider client={client} scope="org-a">
          <LeadCount label="a" />
        </AuraKitProvider>
        <AuraKitProvider client={client} scope="org-b">
          <LeadCount label="b" />
        </AuraKitProvider>
      </QueryClientProvider>,
    )
    await screen.findByText('a: 5')
    await screen.findByText('b: 5')
    await waitFor(() => {
      expect(host.getQueryData(leadKeys.list({ limit: 5 }, 'org-a'))).toBeDefined()
      expect(host.getQueryData(leadKeys.list({ limit: 5 }, 'org-b'))).toBeDefined()
    })
    expect(host.getQueryCache().findAll({ queryKey: leadKeys.lists('org-a') })).toHaveLength(1)
  })
})
