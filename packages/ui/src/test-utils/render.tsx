import { AuraKitProvider } from '@aura-kit/hooks'
import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createTestClients } from './mockServer.ts'

/** Renders inside a fresh `<AuraKitProvider>` and `QueryClient`. */
export function renderWithProvider(ui: ReactElement): {
  container: HTMLElement
  queryClient: QueryClient
  rerender: (next: ReactElement) => void
  unmount: () => void
} {
  const clients = createTestClients()
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  })
  const wrap = (node: ReactElement) => (
    <AuraKitProvider
      client={clients.client}
      octanistClient={clients.octanistClient}
      queryClient={queryClient}
    >
      {node}
    </AuraKitProvider>
  )
  const result = render(wrap(ui))
  return {
    container: result.container,
    queryClient,
    rerender: (next) => result.rerender(wrap(next)),
    unmount: result.unmount,
  }
}
