import { describe, expect, test } from 'vitest'
import { createMockApi } from '../createMockApi.ts'
import { auraRequest, ORIGIN, octanistRequest } from '../test-utils/requests.ts'

const WINDOW_START = Date.parse('2026-06-01T10:00:00.000Z')

function setup(perMinute = 3) {
  const clock = { now: WINDOW_START + 15_000 }
  const api = createMockApi({
    counts: { leads: 5, calls: 0, octanistLeads: 5 },
    rateLimit: { perMinute },
    now: () => clock.now,
  })
  return { api, clock }
}

const limits = (response: Response) => [
  response.headers.get('x-ratelimit-limit'),
  response.headers.get('x-ratelimit-remaining'),
  response.headers.get('x-ratelimit-reset'),
]

describe('rate limits', () => {
  test('count down per key in fixed one-minute windows, then answer 429 with Retry-After', async () => {
    const { api, clock } = setup()
    const reset = String((WINDOW_START + 60_000) / 1000)
    for (const remaining of ['2', '1', '0']) {
      const response = await api.handle(auraRequest('/v1/leads'))
      expect(response.status).toBe(200)
      expect(limits(response)).toEqual(['3', remaining, reset])
    }
    clock.now = WINDOW_START + 50_500
    const limited = await api.handle(auraRequest('/v1/leads'))
    expect(limited.status).toBe(429)
    expect(limits(limited)).toEqual(['3', '0', reset])
    expect(limited.headers.get('retry-after')).toBe('10')
    expect(await limited.json()).toMatchObject({ success: false, code: 'RATE_LIMITED' })

    clock.now = WINDOW_START + 60_000
    const nextWindow = await api.handle(auraRequest('/v1/leads'))
    expect(nextWindow.status).toBe(200)
    expect(limits(nextWindow)).toEqual(['3', '2', String((WINDOW_START + 120_000) / 1000)])
  })

  test('keys are counted separately', async () => {
    const { api } = setup(1)
    expect(
      (await api.handle(auraRequest('/v1/leads', { headers: { authorization: 'Bearer a' } })))
        .status,
    ).toBe(200)
    expect(
      (await api.handle(auraRequest('/v1/leads', { headers: { authorization: 'Bearer a' } })))
        .status,
    ).toBe(429)
    expect(
      (await api.handle(auraRequest('/v1/leads', { headers: { authorization: 'Bearer b' } })))
        .status,
    ).toBe(200)
  })

  test('headers appear on health and 401 responses without consuming, and never on Octanist', async () => {
    const { api } = setup(2)
    const health = await api.handle(new Request(`${ORIGIN}/health`))
    expect(limits(health)).toEqual(['2', '2', String((WINDOW_START + 60_000) / 1000)])
    const unauthorized = await api.handle(new Request(`${ORIGIN}/v1/leads`))
    expect(unauthorized.status).toBe(401)
    expect(limits(unauthorized)[1]).toBe('2')
    for (let index = 0; index < 5; index++) {
      const octanist = await api.handle(octanistRequest('/api/leads?limit=1'))
      expect(octanist.status).toBe(200)
      expect(octanist.headers.get('x-ratelimit-limit')).toBeNull()
    }
  })

  test('rateLimit: false removes both the limit and the headers', async () => {
    const api = createMockApi({
      counts: { leads: 1, calls: 0, octanistLeads: 0 },
      rateLimit: false,
    })
    for (let index = 0; index < 150; index++) {
      const response = await api.handle(auraRequest('/v1/leads'))
      expect(response.status).toBe(200)
      expect(response.headers.get('x-ratelimit-limit')).toBeNull()
    }
  })

  test('reset() clears the windows', async () => {
    const { api } = setup(1)
    await api.handle(auraRequest('/v1/leads'))
    expect((await api.handle(auraRequest('/v1/leads'))).status).toBe(429)
    api.reset()
    expect((await api.handle(auraRequest('/v1/leads'))).status).toBe(200)
  })
})
