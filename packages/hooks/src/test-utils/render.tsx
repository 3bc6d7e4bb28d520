import type { AuraClient, OctanistClient } from '@aura-kit/client'
import { QueryClient } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import { type ReactNode, StrictMode } from 'react'
import { AuraKitProvider } from '../AuraKitProvider.tsx'
import { createTestClients } from './mockServer.ts'

/**
 * A QueryClient for hook tests. They read `result.current` after renders, which TanStack's
 * tracked results would not count as a render-time read, so every change is notified here;
 * `useInfiniteRows.test.tsx` checks the tracking itself with the default options.
 */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, notifyOnChangeProps: 'all' } },
  })
}

interface RenderOptions<P> {
  queryClient?: QueryClient
  client?: AuraClient
  octanistClient?: OctanistClient
  strict?: boolean
  initialProps?: P
}

/** Renders a hook inside a fresh `<AuraKitProvider>` and `QueryClient` per call. */
export function renderWithClient<R, P>(hook: (props: P) => R, options: RenderOptions<P> = {}) {
  const clients = createTestClients()
  const queryClient = options.queryClient ?? createTestQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <AuraKitProvider
        client={options.client ?? clients.client}
        octanistClient={options.octanistClient ?? clients.octanistClient}
        queryClient={queryClient}
      >
        {children}
      </AuraKitProvider>
    )
    return options.strict ? <StrictMode>{tree}</StrictMode> : tree
  }
  const rendered = renderHook(hook, {
    wrapper,
    ...(options.initialProps === undefined ? {} : { initialProps: options.initialProps }),
  })
  return { ...rendered, queryClient }
}
