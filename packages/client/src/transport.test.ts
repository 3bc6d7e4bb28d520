import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BaseClientOptions } from './clientOptions.ts'
import {
  AuraApiError,
  AuraKitError,
  AuraNetworkError,
  AuraResponseError,
  AuraTimeoutError,
} from './errors.ts'
import { type Runtime, resolveRuntime } from './runtime.ts'
import { fakeFetch, hang, hangForever, json, type Responder, text } from './test-utils/fakeFetch.ts'
import { createTransport } from './transport.ts'

const NOW = Date.UTC(2026, 0, 17, 8, 0, 0)
const schema = v.looseObject({ ok: v.boolean() })
const ok = json({ ok: true })

function status(code: number, headers: Record<string, string> = {}): Responder {
  return json(
    { success: false, error: `status ${code}`, code: `E${code}` },
    { status: code, headers },
  )
}

function setup(
  responders: Array<Responder | Error>,
  options: BaseClientOptions = {},
  runtime: Partial<Runtime> = {},
) {
  const fake = fakeFetch(...responders)
  const delays: number[] = []
  const transport = createTransport(
    { fetch: fake.fetch, ...options },
    {
      api: 'aura',
      defaultBaseUrl: 'https://api.test',
      authHeaders: (token) => ({ Authorization: `Bearer ${token}` }),
    },
    resolveRuntime({
      sleep: async (ms) => {
        delays.push(ms)
      },
      random: () => 0.5,
      now: () => NOW,
      ...runtime,
    }),
  )
  const send = (method: 'GET' | 'POST' = 'GET', signal?: AbortSignal) =>
    transport.request({
      method,
      path: '/v1/thing',
      schema,
      signal,
      ...(method === 'POST' ? { body: { a: 1 } } : {}),
    })
  return { fake, delays, send }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('retry schedule (GET)', () => {
  it('waits Retry-After seconds on 429, then succeeds', async () => {
    const { fake, delays, send } = setup([status(429, { 'Retry-After': '2' }), ok])
    await expect(send()).resolves.toMatchObject({ data: { ok: true }, status: 200 })
    expect(delays).toEqual([2000])
    expect(fake.requests).toHaveLength(2)
  })

  it('accepts Retry-After as an HTTP-date', async () => {
    const retryAt = new Date(NOW + 5000).toUTCString()
    const { delays, send } = setup([status(429, { 'Retry-After': retryAt }), ok])
    await send()
    expect(delays).toEqual([5000])
  })

  it('falls back to X-RateLimit-Reset minus now on a 429 without Retry-After', async () => {
    const reset = String(NOW / 1000 + 12)
    const headers = {
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': reset,
    }
    const { delays, send } = setup([status(429, headers), ok])
    await send()
    expect(delays).toEqual([12_000])
  })

  it('uses backoff on a 429 with neither header', async () => {
    const { delays, send } = setup([status(429), ok])
    await send()
    expect(delays).toEqual([150])
  })

  it('gives up at once when the server asks for more than maxRetryAfterMs', async () => {
    const { fake, delays, send } = setup([status(429, { 'Retry-After': '61' }), ok])
    const error = await rejection(send())
    expect(error).toBeInstanceOf(AuraApiError)
    expect(error).toMatchObject({ status: 429, retryAfterMs: 61_000 })
    expect(delays).toEqual([])
    expect(fake.requests).toHaveLength(1)
  })

  it('respects a custom maxRetryAfterMs', async () => {
    const { delays, send } = setup([status(429, { 'Retry-After': '61' }), ok], {
      retry: { maxRetryAfterMs: 120_000 },
    })
    await send()
    expect(delays).toEqual([61_000])
  })

  it('backs off exponentially with full jitter on 503, then throws the last error', async () => {
    const { fake, delays, send } = setup([status(503)])
    const error = await rejection(send())
    expect(error).toMatchObject({ name: 'AuraApiError', status: 503, code: 'E503' })
    // random() = 0.5 of ceilings 300, 600, 1200
    expect(delays).toEqual([150, 300, 600])
    expect(fake.requests).toHaveLength(4)
  })

  it('caps the backoff at maxDelayMs', async () => {
    const { delays, send } = setup(
      [status(500)],
      { retry: { retries: 6, baseDelayMs: 1000, maxDelayMs: 3000 } },
      { random: () => 0.999 },
    )
    await rejection(send())
    expect(delays).toEqual([999, 1998, 2997, 2997, 2997, 2997])
  })

  it('honours Retry-After on a 503 but ignores X-RateLimit-Reset there', async () => {
    const reset = String(NOW / 1000 + 50)
    const { delays, send } = setup([
      status(503, { 'Retry-After': '1' }),
      status(503, { 'X-RateLimit-Reset': reset }),
      ok,
    ])
    await send()
    expect(delays).toEqual([1000, 300])
  })

  it.each([
    ['408', status(408)],
    ['502', status(502)],
    ['a network error', new TypeError('fetch failed')],
  ])('retries %s', async (_name, first) => {
    const { fake, send } = setup([first, ok])
    await expect(send()).resolves.toMatchObject({ data: { ok: true } })
    expect(fake.requests).toHaveLength(2)
  })

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i', async (code) => {
    const { fake, delays, send } = setup([status(code), ok])
    expect(await rejection(send())).toMatchObject({ status: code })
    expect(fake.requests).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('does not retry a response that fails validation', async () => {
    const { fake, send } = setup([json({ ok: 'yes' }), ok])
    expect(await rejection(send())).toBeInstanceOf(AuraResponseError)
    expect(fake.requests).toHaveLength(1)
  })

  it('retry: false makes one attempt', async () => {
    const { fake, send } = setup([status(503), ok], { retry: false })
    expect(await rejection(send())).toMatchObject({ status: 503 })
    expect(fake.requests).toHaveLength(1)
  })

  it('stops after `retries` extra attempts', async () => {
    const { fake, send } = setup([status(500)], { retry: { retries: 1 } })
    await rejection(send())
    expect(fake.requests).toHaveLength(2)
  })

  it('calls getToken again for every attempt', async () => {
    const tokens = ['t1', 't2', 't3']
    const getToken = vi.fn(async () => tokens.shift())
    const { fake, send } = setup([status(503), status(503), ok], { getToken })
    await send()
    expect(getToken).toHaveBeenCalledTimes(3)
    expect(fake.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer t1',
      'Bearer t2',
      'Bearer t3',
    ])
  })
})

describe('POST', () => {
  it.each([
    ['503', status(503)],
    ['429 with Retry-After', status(429, { 'Retry-After': '1' })],
    ['a network error', new TypeError('fetch failed')],
  ])('is never retried: %s', async (_name, first) => {
    const { fake, delays, send } = setup([first, ok])
    const error = await rejection(send('POST'))
    expect(error).toBeInstanceOf(AuraKitError)
    expect(fake.requests).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('sends a JSON body with Content-Type', async () => {
    const { fake, send } = setup([ok])
    await send('POST')
    expect(fake.requests[0]?.body).toEqual({ a: 1 })
    expect(fake.requests[0]?.headers.get('content-type')).toBe('application/json')
    expect(fake.requests[0]?.method).toBe('POST')
  })
})

describe('abort', () => {
  it('rejects with the reason before any request when already aborted', async () => {
    const { fake, send } = setup([ok])
    const controller = new AbortController()
    controller.abort()
    const error = await rejection(send('GET', controller.signal))
    expect(error).toBe(controller.signal.reason)
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(fake.requests).toHaveLength(0)
  })

  it.each([
    ['a fetch that honours the signal', hang],
    ['a fetch that ignores the signal', hangForever],
  ])('rejects with the reason, unchanged, during the request: %s', async (_name, responder) => {
    const { fake, send } = setup([responder])
    const controller = new AbortController()
    const promise = send('GET', controller.signal)
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1))
    const reason = new DOMException('user left', 'AbortError')
    controller.abort(reason)
    expect(await rejection(promise)).toBe(reason)
    expect(fake.requests[0]?.signal?.aborted).toBe(true)
  })

  it('rejects with a custom reason as is', async () => {
    const { fake, send } = setup([hang])
    const controller = new AbortController()
    const promise = send('GET', controller.signal)
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1))
    const reason = new Error('navigated away')
    controller.abort(reason)
    expect(await rejection(promise)).toBe(reason)
  })

  it('rejects immediately while waiting between retries, and clears the timer', async () => {
    vi.useFakeTimers()
    const { fake, send } = setup([status(503), ok], {}, { sleep: undefined })
    const controller = new AbortController()
    const promise = send('GET', controller.signal)
    const settled = rejection(promise)
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1))
    controller.abort()
    expect(await settled).toBe(controller.signal.reason)
    expect(vi.getTimerCount()).toBe(0)
    expect(fake.requests).toHaveLength(1)
  })

  it('rejects even if an injected sleep ignores the signal', async () => {
    const { fake, send } = setup([status(503), ok], {}, { sleep: () => new Promise(() => {}) })
    const controller = new AbortController()
    const promise = send('GET', controller.signal)
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1))
    await Promise.resolve()
    controller.abort()
    expect(await rejection(promise)).toBe(controller.signal.reason)
  })
})

describe('timeout', () => {
  it('throws AuraTimeoutError after timeoutMs and aborts the fetch', async () => {
    vi.useFakeTimers()
    const { fake, send } = setup([hang], { timeoutMs: 1000, retry: false })
    const settled = rejection(send())
    await vi.advanceTimersByTimeAsync(999)
    expect(fake.requests[0]?.signal?.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const error = await settled
    expect(error).toBeInstanceOf(AuraTimeoutError)
    expect(error).toMatchObject({ timeoutMs: 1000 })
    expect(fake.requests[0]?.signal?.aborted).toBe(true)
  })

  it('defaults to 30 s per attempt', async () => {
    vi.useFakeTimers()
    const { send } = setup([hangForever], { retry: false })
    const settled = rejection(send())
    await vi.advanceTimersByTimeAsync(29_999)
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled).toBeInstanceOf(AuraTimeoutError)
  })

  it('is per attempt and retried on GET', async () => {
    vi.useFakeTimers()
    const { fake, delays, send } = setup([hang, ok], { timeoutMs: 1000 })
    const promise = send()
    await vi.advanceTimersByTimeAsync(1000)
    await expect(promise).resolves.toMatchObject({ data: { ok: true } })
    expect(fake.requests).toHaveLength(2)
    expect(delays).toEqual([150])
  })

  it('a user abort stays an AbortError, not a timeout', async () => {
    vi.useFakeTimers()
    const { send } = setup([hang], { timeoutMs: 1000 })
    const controller = new AbortController()
    const settled = rejection(send('GET', controller.signal))
    await vi.advanceTimersByTimeAsync(500)
    controller.abort()
    const error = await settled
    expect(error).not.toBeInstanceOf(AuraTimeoutError)
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('timeoutMs: 0 disables the timer', async () => {
    vi.useFakeTimers()
    const { fake, send } = setup([hang], { timeoutMs: 0 })
    const controller = new AbortController()
    const settled = rejection(send('GET', controller.signal))
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1))
    expect(vi.getTimerCount()).toBe(0)
    controller.abort()
    await settled
  })
})

describe('fetch', () => {
  it('wraps a rejected fetch in AuraNetworkError with the cause', async () => {
    const cause = new TypeError('fetch failed')
    const { send } = setup([cause], { retry: false })
    const error = await rejection(send())
    expect(error).toBeInstanceOf(AuraNetworkError)
    expect(error).toMatchObject({ cause, message: 'GET /v1/thing failed: fetch failed' })
  })

  it('looks up globalThis.fetch at call time when none is injected', async () => {
    const { send } = setup([ok], { fetch: undefined })
    const late = fakeFetch(json({ ok: false }))
    vi.stubGlobal('fetch', late.fetch)
    await expect(send()).resolves.toMatchObject({ data: { ok: false } })
    expect(late.requests[0]?.url.href).toBe('https://api.test/v1/thing')
  })

  it('turns a 200 that is not JSON into AuraResponseError', async () => {
    const { send } = setup([
      text('<html>proxy login</html>', { headers: { 'X-Request-Id': 'r9' } }),
    ])
    const error = await rejection(send())
    expect(error).toBeInstanceOf(AuraResponseError)
    expect(error).toMatchObject({ path: '', status: 200, requestId: 'r9' })
  })

  it('turns a 200 with success: false into AuraApiError', async () => {
    const { send } = setup([json({ success: false, error: 'Quota exceeded', code: 'QUOTA' })])
    expect(await rejection(send())).toMatchObject({
      status: 200,
      code: 'QUOTA',
      message: 'Quota exceeded',
    })
  })
})
