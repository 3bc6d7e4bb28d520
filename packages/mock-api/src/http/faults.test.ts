import { afterEach, describe, expect, test, vi } from 'vitest'
import { createMockApi, type MockApiOptions } from '../createMockApi.ts'
import type { AuraLead } from '../data/leadTypes.ts'
import {
  auraJson,
  auraRequest,
  ORIGIN,
  octanistJson,
  octanistRequest,
} from '../test-utils/requests.ts'

const counts = { leads: 120, calls: 10, octanistLeads: 120 }
const make = (options: MockApiOptions = {}) =>
  createMockApi({ counts, rateLimit: false, ...options })

afterEach(() => {
  vi.useRealTimers()
})

describe('status faults', () => {
  test('answer in the Aura envelope on Aura paths and the Octanist envelope on Octanist paths', async () => {
    const api = make({ faults: [{ status: 503 }] })
    const aura = await auraJson(api, '/v1/leads')
    expect(aura.response.status).toBe(503)
    expect(aura.body).toEqual({
      success: false,
      error: expect.any(String),
      code: 'INTERNAL_ERROR',
      requestId: expect.stringMatching(/^req_/),
    })
    const octanist = await octanistJson(api, '/api/leads')
    expect(octanist.response.status).toBe(503)
    expect(octanist.body.error.code).toBe('INTERNAL_ERROR')
    expect(octanist.body.meta.requestId).toMatch(/^req_/)
  })

  test('429 carries Retry-After from the fault and a zero remaining count', async () => {
    const api = createMockApi({
      counts,
      faults: [{ path: '/v1/calls', status: 429, retryAfter: 7 }],
    })
    const response = await api.handle(auraRequest('/v1/calls'))
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect((await response.json()).code).toBe('RATE_LIMITED')
  })

  test('match by path prefix and method', async () => {
    const api = make({ faults: [{ path: '/v1/leads', method: 'post', status: 500 }] })
    expect((await api.handle(auraRequest('/v1/leads'))).status).toBe(200)
    expect((await api.handle(auraRequest('/v1/calls'))).status).toBe(200)
    const post = await api.handle(
      auraRequest('/v1/leads', { method: 'POST', body: '{"email":"a@b.co"}' }),
    )
    expect(post.status).toBe(500)
    expect(api.db.leads).toHaveLength(counts.leads)
  })

  test('nth fires only on the Nth matching request, counted per fault', async () => {
    const api = make({ faults: [{ path: '/v1/leads', nth: 2, status: 502 }] })
    const statuses = []
    for (const path of ['/v1/calls', '/v1/leads', '/v1/calls', '/v1/leads', '/v1/leads']) {
      statuses.push((await api.handle(auraRequest(path))).status)
    }
    expect(statuses).toEqual([200, 200, 200, 502, 200])
  })

  test('times limits how often a fault fires; setFaults replaces faults and counters', async () => {
    const api = make({ faults: [{ times: 2, status: 500 }] })
    const run = async () => {
      const statuses = []
      for (let index = 0; index < 4; index++) {
        statuses.push((await api.handle(auraRequest('/v1/leads?limit=1'))).status)
      }
      return statuses
    }
    expect(await run()).toEqual([500, 500, 200, 200])
    api.setFaults([{ times: 1, status: 504 }])
    expect(await run()).toEqual([504, 200, 200, 200])
    api.reset()
    expect(await run()).toEqual([500, 500, 200, 200])
  })

  test('per-request headers and __ query params work, and __ params are stripped before validation', async () => {
    const api = make()
    expect(
      (await api.handle(auraRequest('/v1/leads', { headers: { 'x-mock-status': '500' } }))).status,
    ).toBe(500)
    expect((await api.handle(auraRequest('/v1/leads?__status=503'))).status).toBe(503)
    const octanist = await octanistJson(api, '/api/leads?limit=1&__latency=0&__malformed=0')
    expect(octanist.response.status).toBe(200)
    const retry = await api.handle(auraRequest('/v1/leads?__status=429&__retry-after=3'))
    expect([retry.status, retry.headers.get('retry-after')]).toEqual([429, '3'])
  })

  test('unusable override values are ignored', async () => {
    const api = make()
    for (const status of ['200', 'abc', '700', '302']) {
      expect(
        (
          await api.handle(
            auraRequest('/v1/leads?limit=1', { headers: { 'x-mock-status': status } }),
          )
        ).status,
      ).toBe(200)
    }
  })

  test('health and media can fail too, control endpoints never do', async () => {
    const api = make({ faults: [{ status: 500 }] })
    expect((await api.handle(new Request(`${ORIGIN}/health`))).status).toBe(500)
    expect(
      (await api.handle(new Request(`${ORIGIN}/__mock/reset`, { method: 'POST' }))).status,
    ).toBe(204)
  })
})

describe('body faults', () => {
  test('malformed returns status 200 and the first half of the real JSON', async () => {
    const api = make()
    const normal = await (await api.handle(auraRequest('/v1/leads/does-not-matter'))).text()
    const response = await api.handle(
      auraRequest('/v1/leads/does-not-matter', { headers: { 'x-mock-malformed': '1' } }),
    )
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(normal.replace(/req_[0-9a-f]+/, '').startsWith(text.replace(/req_[0-9a-f]+/, ''))).toBe(
      true,
    )
    expect(() => JSON.parse(text)).toThrow()
  })

  test('repeatPage hands an Aura client its own cursor back', async () => {
    const api = make()
    const first = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10')
    const cursor = first.body.pagination?.next_cursor ?? ''
    const repeated = await auraJson<AuraLead[]>(api, `/v1/leads?limit=10&cursor=${cursor}`, {
      headers: { 'x-mock-repeat-page': '1' },
    })
    expect(repeated.body.pagination).toEqual({ has_more: true, next_cursor: cursor })
    const fromTop = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10&__repeat-page=1')
    const again = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=10&cursor=${fromTop.body.pagination?.next_cursor}`,
    )
    expect(again.body.data.map((lead) => lead.id)).toEqual(first.body.data.map((lead) => lead.id))
  })

  test('repeatPage makes Octanist report hasMore with no data', async () => {
    const api = make({ faults: [{ path: '/api/leads', repeatPage: true }] })
    const { body } = await octanistJson(api, '/api/leads?page=3&limit=100')
    expect(body.data).toEqual([])
    expect(body.meta.pagination).toMatchObject({ page: 3, hasMore: true, total: 120 })
  })

  test('slowBody streams the same bytes in chunks spread over the given time', async () => {
    vi.useFakeTimers()
    const api = make()
    const expected = await (await api.handle(auraRequest('/v1/leads?limit=5'))).text()
    const response = await api.handle(
      auraRequest('/v1/leads?limit=5', { headers: { 'x-mock-slow-body': '1000' } }),
    )
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    let settled = false
    const firstChunk = reader.read().then((result) => {
      settled = true
      return result
    })
    await vi.advanceTimersByTimeAsync(50)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(60)
    const chunks = [(await firstChunk).value as Uint8Array]
    for (;;) {
      const next = reader.read()
      await vi.advanceTimersByTimeAsync(100)
      const { done, value } = await next
      if (done) {
        break
      }
      chunks.push(value)
    }
    expect(chunks).toHaveLength(10)
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(expected)
  })

  test('slowBody errors the stream when the request is aborted', async () => {
    vi.useFakeTimers()
    const api = make()
    const controller = new AbortController()
    const response = await api.handle(
      auraRequest('/v1/leads?limit=5&__slow-body=1000', { signal: controller.signal }),
    )
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const read = reader.read()
    controller.abort()
    await expect(read).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('latency', () => {
  test('delays the response by latencyMs', async () => {
    vi.useFakeTimers()
    const api = make({ faults: [{ path: '/v1/leads', latencyMs: 2000 }] })
    let done = false
    const pending = api.handle(auraRequest('/v1/leads?limit=1')).then((response) => {
      done = true
      return response
    })
    await vi.advanceTimersByTimeAsync(1999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
  })

  test('rejects with AbortError when the request signal aborts during the delay', async () => {
    vi.useFakeTimers()
    const api = make()
    const controller = new AbortController()
    const pending = api.handle(
      octanistRequest('/api/leads', {
        signal: controller.signal,
        headers: { 'x-mock-latency': '5000' },
      }),
    )
    await vi.advanceTimersByTimeAsync(1000)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(vi.getTimerCount()).toBe(0)
  })

  test('combines with a status fault: the error arrives after the delay', async () => {
    vi.useFakeTimers()
    const api = make({ faults: [{ nth: 1, latencyMs: 300, status: 500 }] })
    const pending = api.handle(auraRequest('/v1/leads'))
    await vi.advanceTimersByTimeAsync(300)
    expect((await pending).status).toBe(500)
    expect((await api.handle(auraRequest('/v1/leads'))).status).toBe(200)
  })
})
