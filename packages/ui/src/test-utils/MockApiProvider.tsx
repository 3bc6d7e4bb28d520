import { createAuraClient, createOctanistClient } from '@aura-kit/client'
import { AuraKitProvider } from '@aura-kit/hooks'
import { createMockApi, type Fault, REFERENCE_TIME } from '@aura-kit/mock-api'
import type { Decorator } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'

const BASE_URL = 'https://mock.aura-kit.local'
/** Several pages of each list, quick to build for every story. */
const STORY_COUNTS = { leads: 400, calls: 300, octanistLeads: 400 }

export interface MockApiProviderProps {
  /** Faults the mock answers with, e.g. `[{ status: 500 }]`. */
  faults?: Fault[] | undefined
  children?: ReactNode
}

/** An AuraKitProvider whose clients call an in-memory mock API directly (no network, no worker). */
export function MockApiProvider({ faults, children }: MockApiProviderProps) {
  const [value] = useState(() => {
    const api = createMockApi({
      counts: STORY_COUNTS,
      rateLimit: false,
      now: () => REFERENCE_TIME,
      faults: faults ?? [],
    })
    const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      api.handle(new Request(input, init))
    return {
      client: createAuraClient({
        baseUrl: BASE_URL,
        apiKey: 'storybook',
        fetch,
        retry: false,
        timeoutMs: 0,
      }),
      octanistClient: createOctanistClient({
        baseUrl: `${BASE_URL}/api`,
        apiKey: 'storybook',
        fetch,
        retry: false,
        timeoutMs: 0,
      }),
      queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    }
  })
  return (
    <AuraKitProvider
      client={value.client}
      octanistClient={value.octanistClient}
      queryClient={value.queryClient}
    >
      {children}
    </AuraKitProvider>
  )
}

/** Story parameter read by `withMockApi`. */
export interface MockApiParameters {
  faults?: Fault[]
}

/** Wraps a story in a fresh MockApiProvider; faults come from `parameters.mockApi.faults`. */
export const withMockApi: Decorator = (Story, context) => {
  const parameters: MockApiParameters | undefined = context.parameters.mockApi
  return (
    <MockApiProvider faults={parameters?.faults}>
      <Story />
    </MockApiProvider>
  )
}
