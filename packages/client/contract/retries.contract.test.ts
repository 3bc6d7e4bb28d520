import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
// Not public: the one internal import, so the client's sleep and clock can be the test's.
import { createAuraClientWithRuntime } from '../src/createAuraClient.ts'
import {
  AuraApiError,
  type AuraClient,
  type AuraClientOptions,
  createAuraClient,
  type RetryOptions,
} from '../src/index.ts'
import { captureError } from './support/captureError.ts'
import { recordingFetch, type SentRequest } from './support/recordingFetch.ts'

// A quarter into a one-minute rate-limit window, so a 429 asks for the remaining 45 s.
const START = REFERENCE_TIME + 15_000
const WINDOW_END = REFERENCE_TIME + 60_000

let clock = START
let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 100, calls: 50, octanistLeads: 0 },
    now: () => clock,
    rateLimit: { perMinute: 3 },
  })
})

beforeEach(() => {
  clock = START
  server.api.reset()
})

afterAll(async () => {
  await server.close()
})

interface Harness {
  aura: AuraClient
  sent: SentRequest[]
  /** Every wait the client asked for, in ms. */
  waits: number[]
}

/** A client on the test's clock: its sleep records the wait and moves the server's clock on. */
function harness(retry?: Partial<RetryOptions> | false, options: AuraClientOptions = {}): Harness {
  const recorder = recordingFetch()
  const waits: number[] = []
  const aura = createAuraClientWithRuntime(
    {
      baseUrl: server.url,
      apiKey: 'aura_pk_live_contract',
      fetch: recorder.fetch,
      retry,
      ...options,
    },
    {
      sleep: async (ms) => {
        waits.push(ms)
        clock += ms
      },
      now: () => clock,
      random: () => 0.5,
    },
  )
  return { aura, sent: recorder.sent, waits }
}

describe('rate limits', () => {
  test('every Aura result carries the X-RateLimit headers', async () => {
    const { aura } = harness()
    const lead = server.api.db.leads[0]
    const results = [
      await aura.leads.list({ limit: 1 }),
      await aura.leads.get(lead?.id ?? ''),
      await aura.calls.list({ limit: 1 }),
    ]
    expect(results.map((result) => result.rateLimit)).toEqual(
      [2, 1, 0].map((remaining) => ({ limit: 3, remaining, resetAt: new Date(WINDOW_END) })),
    )
  })

  test('a 429 is retried after Retry-After, and the retry lands in the next window', async () => {
    const { aura, sent, waits } = harness()
    for (let index = 0; index < 3; index++) {
      await aura.leads.list({ limit: 1 })
    }
    const page = await aura.leads.list({ limit: 2 })

    expect(waits).toEqual([45_000])
    expect(sent).toHaveLength(5)
    expect(page.data).toHaveLength(2)
    expect(page.rateLimit).toEqual({
      limit: 3,
      remaining: 2,
      resetAt: new Date(WINDOW_END + 60_000),
    })
  })

  test('without retries the 429 surfaces with its wait and rate limit', async () => {
    const { aura, waits } = harness(false)
    for (let index = 0; index < 3; index++) {
      await aura.calls.list({ limit: 1 })
    }
    const error = await captureError(aura.calls.list({ limit: 1 }))
    expect(error).toBeInstanceOf(AuraApiError)
    expect(error).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterMs: 45_000,
      rateLimit: { limit: 3, remaining: 0, resetAt: new Date(WINDOW_END) },
    })
    expect(waits).toEqual([])
  })

  test('a Retry-After longer than maxRetryAfterMs gives up at once', async () => {
    const { aura, sent, waits } = harness({ maxRetryAfterMs: 10_000 })
    for (let index = 0; index < 3; index++) {
      await aura.leads.list({ limit: 1 })
    }
    const error = await captureError(aura.leads.list({ limit: 1 }))
    expect(error).toMatchObject({ status: 429, retryAfterMs: 45_000 })
    expect(waits).toEqual([])
    expect(sent).toHaveLength(4)
  })

  test('each retry honours the Retry-After of its own 429', async () => {
    const { aura, sent, waits } = harness(undefined, {
      headers: { 'x-mock-status': '429', 'x-mock-retry-after': '7' },
    })
    const error = await captureError(aura.leads.list())
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 })
    expect(waits).toEqual([7000, 7000, 7000])
    expect(sent).toHaveLength(4)
  })

  test('POST is never retried, not even on 429', async () => {
    const { aura, sent, waits } = harness()
    for (let index = 0; index < 3; index++) {
      await aura.leads.list({ limit: 1 })
    }
    const before = server.api.db.leads.length
    const error = await captureError(aura.leads.create({ email: 'limited@example.com' }))
    expect(error).toMatchObject({ status: 429 })
    expect(waits).toEqual([])
    expect(sent.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'POST'])
    expect(server.api.db.leads).toHaveLength(before)
  })
})

describe('503 retries', () => {
  test('GET is retried with backoff until it succeeds', async () => {
    server.api.setFaults([{ path: '/v1/leads', method: 'GET', times: 2, status: 503 }])
    const { aura, sent, waits } = harness()
    const page = await aura.leads.list({ limit: 3 })
    expect(page.data.map((lead) => lead.id)).toEqual(
      server.api.db.leads.slice(0, 3).map((lead) => lead.id),
    )
    expect(sent).toHaveLength(3)
    // Full jitter at random() = 0.5: half of 300 ms, then half of 600 ms.
    expect(waits).toEqual([150, 300])
  })

  test('GET gives up after the configured retries with the last 503', async () => {
    server.api.setFaults([{ path: '/v1/calls', method: 'GET', status: 503 }])
    const { aura, sent, waits } = harness({ retries: 2 })
    const error = await captureError(aura.calls.get(server.api.db.calls[0]?.id ?? ''))
    expect(error).toMatchObject({ status: 503, code: 'INTERNAL_ERROR' })
    expect(sent).toHaveLength(3)
    expect(waits).toEqual([150, 300])
  })

  test('POST is sent once: the 503 surfaces and the one-shot fault is used up', async () => {
    server.api.setFaults([{ path: '/v1/leads', method: 'POST', times: 1, status: 503 }])
    const { aura, sent, waits } = harness()
    const before = server.api.db.leads.length
    const error = await captureError(aura.leads.create({ email: 'once@example.com' }))
    expect(error).toMatchObject({ status: 503 })
    expect(sent).toHaveLength(1)
    expect(waits).toEqual([])
    expect(server.api.db.leads).toHaveLength(before)

    // Had the client retried, that retry would have succeeded past the one-shot fault.
    const created = await aura.leads.create({ email: 'once@example.com' })
    expect(server.api.db.findLead(created.data.id)).toBeDefined()
  })

  test('a 4xx is never retried', async () => {
    const recorder = recordingFetch()
    const aura = createAuraClient({ baseUrl: server.url, apiKey: 'k', fetch: recorder.fetch })
    const error = await captureError(aura.leads.get('00000000-0000-4000-8000-000000000000'))
    expect(error).toMatchObject({ status: 404 })
    expect(recorder.sent).toHaveLength(1)
  })
})
