import { describe, expect, test } from 'vitest'
import { createMockApi } from './createMockApi.ts'
import { REFERENCE_TIME } from './data/constants.ts'
import {
  auraJson,
  auraRequest,
  ORIGIN,
  octanistJson,
  octanistRequest,
} from './test-utils/requests.ts'

const api = createMockApi({
  counts: { leads: 200, calls: 100, octanistLeads: 200 },
  now: () => REFERENCE_TIME,
})

describe('routes and envelopes', () => {
  test('GET /health needs no auth', async () => {
    const response = await api.handle(new Request(`${ORIGIN}/health`))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ success: true, data: { status: 'ok' } })
  })

  test.each([
    ['/v1/leads', 'GET'],
    ['/v1/leads', 'POST'],
    ['/v1/leads/550e8400-e29b-41d4-a716-446655440000', 'GET'],
    ['/v1/calls', 'GET'],
    ['/v1/calls/550e8400-e29b-41d4-a716-446655440000', 'GET'],
  ])('%s (%s) without a bearer answers 401 in the Aura envelope', async (path, method) => {
    for (const authorization of [undefined, '', 'Bearer ', 'Basic abc']) {
      const headers: HeadersInit = authorization === undefined ? {} : { authorization }
      const response = await api.handle(new Request(`${ORIGIN}${path}`, { method, headers }))
      expect(response.status).toBe(401)
      const body = await response.json()
      expect(body).toEqual({
        success: false,
        error: expect.any(String),
        code: 'UNAUTHORIZED',
        requestId: expect.stringMatching(/^req_/),
      })
    }
  })

  test('GET /api/leads without X-API-KEY answers 401 in the Octanist envelope', async () => {
    for (const headers of [
      {},
      { 'x-api-key': '' },
      { authorization: 'Bearer aura-key' },
    ] as HeadersInit[]) {
      const response = await api.handle(new Request(`${ORIGIN}/api/leads`, { headers }))
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        success: false,
        error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', details: {} },
        meta: {
          requestId: expect.stringMatching(/^req_/),
          timestamp: new Date(REFERENCE_TIME).toISOString(),
        },
      })
    }
  })

  test('an explicit key list rejects other keys per API', async () => {
    const strict = createMockApi({
      counts: { leads: 5, calls: 0, octanistLeads: 5 },
      keys: { aura: ['aura_pk_live_good'], octanist: ['oct-good'] },
    })
    const bad = await strict.handle(
      auraRequest('/v1/leads', { headers: { authorization: 'Bearer nope' } }),
    )
    expect([bad.status, (await bad.json()).error]).toEqual([401, 'Invalid API key'])
    const good = await strict.handle(
      auraRequest('/v1/leads', { headers: { authorization: 'Bearer aura_pk_live_good' } }),
    )
    expect(good.status).toBe(200)
    expect(
      (await strict.handle(octanistRequest('/api/leads', { headers: { 'x-api-key': 'nope' } })))
        .status,
    ).toBe(401)
    expect(
      (await strict.handle(octanistRequest('/api/leads', { headers: { 'x-api-key': 'oct-good' } })))
        .status,
    ).toBe(200)
  })

  test('unknown routes answer 404 in the envelope of the API they fall under', async () => {
    const aura = await auraJson(api, '/v2/nothing')
    expect(aura.response.status).toBe(404)
    expect(aura.body).toMatchObject({ success: false, code: 'NOT_FOUND' })
    const octanist = await octanistJson(api, '/api/unknown')
    expect(octanist.response.status).toBe(404)
    expect(octanist.body.error.code).toBe('NOT_FOUND')
    const wrongMethod = await auraJson(api, '/v1/calls', { method: 'POST', body: '{}' })
    expect(wrongMethod.response.status).toBe(404)
  })

  test('every response carries X-Request-Id matching the body requestId', async () => {
    const { response, body } = await auraJson(api, '/v1/leads/00000000-0000-4000-8000-000000000000')
    expect(response.status).toBe(404)
    expect(body).toMatchObject({ error: 'Lead not found', code: 'NOT_FOUND' })
    expect(response.headers.get('x-request-id')).toBe(body.requestId)
    const octanist = await octanistJson(api, '/api/leads?limit=1')
    expect(octanist.response.headers.get('x-request-id')).toBe(octanist.body.meta.requestId)
  })

  test('an unexpected failure answers 500 INTERNAL_ERROR in the right envelope', async () => {
    const broken = createMockApi({ counts: { leads: 5, calls: 0, octanistLeads: 5 } })
    broken.db.findLead = () => {
      throw new Error('boom')
    }
    const aura = await auraJson(broken, '/v1/leads/550e8400-e29b-41d4-a716-446655440000')
    expect([aura.response.status, aura.body.code, aura.body.error]).toEqual([
      500,
      'INTERNAL_ERROR',
      'Internal server error',
    ])
    Object.defineProperty(broken.db, 'octanistLeads', {
      get() {
        throw new Error('boom')
      },
    })
    const octanist = await octanistJson(broken, '/api/leads')
    expect([octanist.response.status, octanist.body.error.code]).toEqual([500, 'INTERNAL_ERROR'])
  })

  test('a trailing slash is tolerated and HEAD is answered like GET without a body', async () => {
    expect((await api.handle(auraRequest('/v1/leads/?limit=1'))).status).toBe(200)
    const head = await api.handle(auraRequest('/v1/leads', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('CORS', () => {
  test('OPTIONS preflight answers 204 with the allowed methods and headers', async () => {
    const response = await api.handle(
      new Request(`${ORIGIN}/v1/leads`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
      }),
    )
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const allowed = response.headers.get('access-control-allow-headers')?.toLowerCase() ?? ''
    for (const header of [
      'authorization',
      'x-api-key',
      'content-type',
      'x-mock-status',
      'x-mock-latency',
    ]) {
      expect(allowed).toContain(header)
    }
    expect(response.headers.get('access-control-allow-methods')).toContain('POST')
  })

  test('normal and error responses expose the rate-limit and request-id headers', async () => {
    for (const request of [auraRequest('/v1/leads?limit=1'), new Request(`${ORIGIN}/v1/leads`)]) {
      const response = await api.handle(request)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      const exposed = response.headers.get('access-control-expose-headers') ?? ''
      for (const header of [
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
        'Retry-After',
        'X-Request-Id',
      ]) {
        expect(exposed).toContain(header)
      }
    }
  })
})

describe('control endpoints', () => {
  test('POST /__mock/reset drops created leads', async () => {
    const local = createMockApi({ counts: { leads: 10, calls: 0, octanistLeads: 0 } })
    await local.handle(
      auraRequest('/v1/leads', { method: 'POST', body: JSON.stringify({ email: 'a@b.co' }) }),
    )
    expect(local.db.leads).toHaveLength(11)
    const reset = await local.handle(new Request(`${ORIGIN}/__mock/reset`, { method: 'POST' }))
    expect(reset.status).toBe(204)
    expect(local.db.leads).toHaveLength(10)
  })

  test('PUT /__mock/faults installs faults and validates the body', async () => {
    const local = createMockApi({ counts: { leads: 10, calls: 0, octanistLeads: 0 } })
    const put = (body: string) =>
      local.handle(new Request(`${ORIGIN}/__mock/faults`, { method: 'PUT', body }))
    expect((await put('not json')).status).toBe(400)
    expect((await put('{"status":500}')).status).toBe(400)
    expect((await put('[{"status":200}]')).status).toBe(400)
    expect((await put('[{"colour":"red"}]')).status).toBe(400)
    const ok = await put(JSON.stringify([{ path: '/v1/leads', status: 503 }]))
    expect(ok.status).toBe(200)
    expect((await local.handle(auraRequest('/v1/leads'))).status).toBe(503)
    expect((await local.handle(auraRequest('/v1/calls'))).status).toBe(200)
    const listed = await local.handle(new Request(`${ORIGIN}/__mock/faults`))
    expect((await listed.json()).data).toEqual([{ path: '/v1/leads', status: 503 }])
    await local.handle(new Request(`${ORIGIN}/__mock/reset`, { method: 'POST' }))
    expect((await local.handle(auraRequest('/v1/leads'))).status).toBe(200)
  })
})

test('request ids are deterministic per seed', async () => {
  const ids = async () => {
    const local = createMockApi({ counts: { leads: 1, calls: 0, octanistLeads: 0 } })
    const first = await local.handle(new Request(`${ORIGIN}/health`))
    const second = await local.handle(new Request(`${ORIGIN}/health`))
    return [first.headers.get('x-request-id'), second.headers.get('x-request-id')]
  }
  const [first, second] = await ids()
  expect(first).toMatch(/^req_[0-9a-f]{12}$/)
  expect(first).not.toBe(second)
  expect(await ids()).toEqual([first, second])
})
