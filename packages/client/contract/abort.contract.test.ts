import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
// Not public: lets the test record the client's backoff waits instead of sleeping.
import { createAuraClientWithRuntime } from '../src/createAuraClient.ts'
import { AuraTimeoutError, createAuraClient, createOctanistClient } from '../src/index.ts'
import { captureError } from './support/captureError.ts'
import { type ObservedRequest, observeServer } from './support/observeServer.ts'

// Far longer than any test may run: a request only ends early if the client really hangs up.
const STALL_MS = 120_000

let server: MockServer
let observer: ReturnType<typeof observeServer>

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 50, calls: 20, octanistLeads: 50 },
    now: () => REFERENCE_TIME,
    rateLimit: false,
  })
})

afterEach(() => {
  observer.stop()
})

afterAll(async () => {
  await server.close()
})

function observe(): ObservedRequest[] {
  observer = observeServer(server)
  return observer.requests
}

// Generous so a busy machine cannot fail these; a passing run returns within milliseconds.
const WAIT = { interval: 5, timeout: 4000 }
// Long enough for the request to reach the server first, far shorter than STALL_MS.
const TIMEOUT_MS = 250

async function arrived(requests: ObservedRequest[], count: number): Promise<void> {
  await vi.waitFor(() => expect(requests).toHaveLength(count), WAIT)
}

describe('abort', () => {
  test('aborting during a slow response rejects with AbortError and closes the connection', async () => {
    const requests = observe()
    const aura = createAuraClient({
      baseUrl: server.url,
      apiKey: 'k',
      headers: { 'x-mock-latency': String(STALL_MS) },
    })
    const controller = new AbortController()
    const pending = aura.leads.list({}, { signal: controller.signal })
    await arrived(requests, 1)
    controller.abort()

    const error = await captureError(pending)
    expect(error).toBeInstanceOf(DOMException)
    expect(error).toMatchObject({ name: 'AbortError' })
    // The server's handler was cut short by the closed socket rather than running to the end.
    expect(await requests[0]?.outcome).toBe('aborted')
    expect(requests[0]?.request.signal.aborted).toBe(true)
  })

  test('the abort reason is passed through as is', async () => {
    const requests = observe()
    const octanist = createOctanistClient({
      baseUrl: `${server.url}/api`,
      apiKey: 'k',
      headers: { 'x-mock-latency': String(STALL_MS) },
    })
    const controller = new AbortController()
    const reason = new Error('user left the page')
    const pending = octanist.leads.list({}, { signal: controller.signal })
    await arrived(requests, 1)
    controller.abort(reason)

    expect(await captureError(pending)).toBe(reason)
    expect(await requests[0]?.outcome).toBe('aborted')
  })

  test('aborting a slow body mid-stream also hangs up', async () => {
    const requests = observe()
    const aura = createAuraClient({
      baseUrl: server.url,
      apiKey: 'k',
      headers: { 'x-mock-slow-body': String(STALL_MS) },
    })
    const controller = new AbortController()
    const pending = aura.calls.list({}, { signal: controller.signal })
    await arrived(requests, 1)
    // The handler has produced its response; the body is still trickling out.
    expect(await requests[0]?.outcome).toBe('responded')
    controller.abort()

    expect(await captureError(pending)).toMatchObject({ name: 'AbortError' })
    await vi.waitFor(() => expect(requests[0]?.request.signal.aborted).toBe(true), WAIT)
  })

  test('aborting pages() between pages stops the iteration with AbortError', async () => {
    const requests = observe()
    const aura = createAuraClient({ baseUrl: server.url, apiKey: 'k' })
    const controller = new AbortController()
    const seen: number[] = []
    const error = await captureError(
      (async () => {
        for await (const page of aura.leads.pages({ limit: 10 }, { signal: controller.signal })) {
          seen.push(page.data.length)
          controller.abort()
        }
      })(),
    )
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(seen).toEqual([10])
    expect(requests).toHaveLength(1)
  })

  test('an already aborted signal sends nothing', async () => {
    const requests = observe()
    const aura = createAuraClient({ baseUrl: server.url, apiKey: 'k' })
    const error = await captureError(aura.leads.list({}, { signal: AbortSignal.abort() }))
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(requests).toHaveLength(0)
  })
})

describe('timeout', () => {
  test('timeoutMs shorter than the latency → AuraTimeoutError, connection closed', async () => {
    const requests = observe()
    const aura = createAuraClient({
      baseUrl: server.url,
      apiKey: 'k',
      timeoutMs: TIMEOUT_MS,
      retry: false,
      headers: { 'x-mock-latency': String(STALL_MS) },
    })
    const error = await captureError(aura.leads.list())
    expect(error).toBeInstanceOf(AuraTimeoutError)
    expect(error).toMatchObject({ timeoutMs: TIMEOUT_MS })
    expect(await requests[0]?.outcome).toBe('aborted')
  })

  test('timeouts are retried for GET, each attempt its own connection', async () => {
    const requests = observe()
    const waits: number[] = []
    const aura = createAuraClientWithRuntime(
      {
        baseUrl: server.url,
        apiKey: 'k',
        timeoutMs: TIMEOUT_MS,
        retry: { retries: 2 },
        headers: { 'x-mock-latency': String(STALL_MS) },
      },
      {
        sleep: async (ms) => {
          waits.push(ms)
        },
        random: () => 0.5,
      },
    )
    const error = await captureError(aura.calls.list())
    expect(error).toBeInstanceOf(AuraTimeoutError)
    expect(waits).toEqual([150, 300])
    expect(requests).toHaveLength(3)
    expect(await Promise.all(requests.map((request) => request.outcome))).toEqual([
      'aborted',
      'aborted',
      'aborted',
    ])
  })

  test('a timed-out POST is not retried', async () => {
    const requests = observe()
    const aura = createAuraClient({
      baseUrl: server.url,
      apiKey: 'k',
      timeoutMs: TIMEOUT_MS,
      headers: { 'x-mock-latency': String(STALL_MS) },
    })
    const before = server.api.db.leads.length
    const error = await captureError(aura.leads.create({ email: 'slow@example.com' }))
    expect(error).toBeInstanceOf(AuraTimeoutError)
    expect(requests).toHaveLength(1)
    expect(await requests[0]?.outcome).toBe('aborted')
    expect(server.api.db.leads).toHaveLength(before)
  })
})
