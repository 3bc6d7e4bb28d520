import { createAuraClient, createOctanistClient } from '@aura-kit/client'
import { createMockApi, type MockApi } from '@aura-kit/mock-api'
import { createMockHandlers } from '@aura-kit/mock-api/msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

export const AURA_BASE_URL = 'http://aura.test'
export const OCTANIST_BASE_URL = 'http://aura.test/api'

/** Enough rows for several pages, quick to build per file. */
export const MOCK_COUNTS = { leads: 230, calls: 120, octanistLeads: 230 }

export interface MockServerHarness {
  api: MockApi
  /** Every request the handlers saw, in order. */
  requests: Request[]
}

/** One MSW server per test file, reset after each test. */
export function setupMockServer(): MockServerHarness {
  const api = createMockApi({ counts: MOCK_COUNTS, rateLimit: false })
  const server = setupServer(...createMockHandlers(api))
  const harness: MockServerHarness = { api, requests: [] }
  server.events.on('request:start', ({ request }) => {
    harness.requests.push(request)
  })
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    api.reset()
    harness.requests.length = 0
  })
  afterAll(() => server.close())
  return harness
}

/** The query params of every request to `path`, in order. */
export function paramsOf(harness: MockServerHarness, path: string): URLSearchParams[] {
  return harness.requests
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === path)
    .map((url) => url.searchParams)
}

export function createTestClients() {
  return {
    client: createAuraClient({ baseUrl: AURA_BASE_URL, apiKey: 'aura_pk_test_ui', retry: false }),
    octanistClient: createOctanistClient({
      baseUrl: OCTANIST_BASE_URL,
      apiKey: 'oct_test_ui',
      retry: false,
    }),
  }
}
