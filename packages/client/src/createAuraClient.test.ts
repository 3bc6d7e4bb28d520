import { describe, expect, it, vi } from 'vitest'
import { type AuraClientOptions, createAuraClientWithRuntime } from './createAuraClient.ts'
import { AuraApiError, AuraValidationError } from './errors.ts'
import { fakeFetch, json, type Responder, text } from './test-utils/fakeFetch.ts'
import { auraPage, makeCall, makeLead } from './test-utils/fixtures.ts'
import { REFERENCE_EXAMPLES } from './test-utils/referenceExamples.ts'

const LEAD_ID = '550e8400-e29b-41d4-a716-446655440000'

function setup(responders: Array<Responder | Error>, options: AuraClientOptions = {}) {
  const fake = fakeFetch(...responders)
  const client = createAuraClientWithRuntime(
    { fetch: fake.fetch, ...options },
    { sleep: async () => {}, random: () => 0, now: () => 0 },
  )
  return { fake, client }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('URLs', () => {
  it.each([
    [undefined, 'https://api.aura-app.ai/v1/leads'],
    ['https://proxy.example.com/aura/', 'https://proxy.example.com/aura/v1/leads'],
    ['https://proxy.example.com/aura', 'https://proxy.example.com/aura/v1/leads'],
    ['http://localhost:4010/', 'http://localhost:4010/v1/leads'],
  ])('baseUrl %s → %s', async (baseUrl, expected) => {
    const { fake, client } = setup([json(auraPage([]))], baseUrl === undefined ? {} : { baseUrl })
    await client.leads.list()
    expect(fake.requests[0]?.url.href).toBe(expected)
  })

  it('sends list params as snake_case query params', async () => {
    const { fake, client } = setup([json(auraPage([]))])
    await client.leads.list({ limit: 10, status: 'new', assignedToId: 'user_2abc123xyz' })
    expect(fake.requests[0]?.url.search).toBe('?limit=10&status=new&assigned_to_id=user_2abc123xyz')
    await client.calls.list({ leadId: LEAD_ID, isUpcoming: true, closerId: 'user_c1' })
    expect(fake.requests[1]?.url.pathname).toBe('/v1/calls')
    expect(fake.requests[1]?.url.search).toBe(
      `?lead_id=${LEAD_ID}&closer_id=user_c1&is_upcoming=true`,
    )
  })

  it('gets one lead or call by id, encoding the id', async () => {
    const { fake, client } = setup([json({ success: true, data: makeLead({ id: LEAD_ID }) })])
    const result = await client.leads.get(LEAD_ID)
    expect(result.data.id).toBe(LEAD_ID)
    await client.calls.get('a/b c')
    expect(fake.requests.map((request) => request.url.pathname)).toEqual([
      `/v1/leads/${LEAD_ID}`,
      '/v1/calls/a%2Fb%20c',
    ])
  })
})

describe('headers and auth', () => {
  it('sends Accept and the API key as a bearer token', async () => {
    const { fake, client } = setup([json(auraPage([]))], { apiKey: 'aura_pk_live_123' })
    await client.leads.list()
    const headers = fake.requests[0]?.headers
    expect(headers?.get('authorization')).toBe('Bearer aura_pk_live_123')
    expect(headers?.get('accept')).toBe('application/json')
    expect(headers?.has('content-type')).toBe(false)
  })

  it('prefers getToken over apiKey', async () => {
    const { fake, client } = setup([json(auraPage([]))], {
      apiKey: 'aura_pk_live_123',
      getToken: async () => 'jwt.token',
    })
    await client.leads.list()
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer jwt.token')
  })

  it.each([
    ['neither', {}],
    ['getToken returning null', { getToken: () => null, apiKey: 'unused' }],
    ['an empty apiKey', { apiKey: '' }],
  ])('sends no Authorization with %s', async (_name, options) => {
    const { fake, client } = setup([json(auraPage([]))], options)
    await client.leads.list()
    expect(fake.requests[0]?.headers.has('authorization')).toBe(false)
  })

  it('adds custom headers; a function is called per request', async () => {
    let n = 0
    const headers = vi.fn(() => ({ 'X-Trace': `t${++n}` }))
    const { fake, client } = setup([json(auraPage([]))], { headers })
    await client.leads.list()
    await client.leads.list()
    expect(fake.requests.map((request) => request.headers.get('x-trace'))).toEqual(['t1', 't2'])
  })

  it('lets the credential win over a custom Authorization header', async () => {
    const { fake, client } = setup([json(auraPage([]))], {
      headers: { Authorization: 'Basic abc', 'X-Partner': 'p1' },
      apiKey: 'k',
    })
    await client.leads.list()
    expect(fake.requests[0]?.headers.get('authorization')).toBe('Bearer k')
    expect(fake.requests[0]?.headers.get('x-partner')).toBe('p1')
  })
})

describe('leads.create', () => {
  it('POSTs snake_case JSON and returns the created lead', async () => {
    const created = REFERENCE_EXAMPLES['aura-v1-leads-create'][1]
    const { fake, client } = setup([json(created, { status: 201 })])
    const result = await client.leads.create({
      email: 'john@example.com',
      fullName: 'John Doe',
      phone: '+14155552671',
      timezone: 'America/New_York',
      metadata: { utmSource: 'google' },
    })
    expect(result.data.full_name).toBe('John Doe')
    const request = fake.requests[0]
    expect(request?.method).toBe('POST')
    expect(request?.url.pathname).toBe('/v1/leads')
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(request?.body).toEqual({
      email: 'john@example.com',
      full_name: 'John Doe',
      phone: '+14155552671',
      timezone: 'America/New_York',
      metadata: { utmSource: 'google' },
    })
  })

  it('rejects invalid input before any request', async () => {
    const { fake, client } = setup([json({})])
    const error = await rejection(
      client.leads.create({ email: 'nope', phone: '555-1234', timezone: 'Nowhere/Land' }),
    )
    expect(error).toBeInstanceOf(AuraValidationError)
    expect(error).toMatchObject({
      issues: [
        { field: 'email', message: 'must be a valid email address' },
        { field: 'phone', message: expect.stringContaining('E.164') },
        { field: 'timezone', message: expect.stringContaining('IANA') },
      ],
    })
    expect(fake.requests).toHaveLength(0)
  })
})

describe('validation blocks the request', () => {
  it.each([
    ['leads.list limit', (c: ReturnType<typeof setup>['client']) => c.leads.list({ limit: 0 })],
    [
      'leads.list assignedToId',
      (c: ReturnType<typeof setup>['client']) => c.leads.list({ assignedToId: 'bob' }),
    ],
    [
      'calls.list leadId',
      (c: ReturnType<typeof setup>['client']) => c.calls.list({ leadId: '12' }),
    ],
    [
      'calls.list setterId',
      (c: ReturnType<typeof setup>['client']) => c.calls.list({ setterId: 'x' }),
    ],
    ['leads.get empty id', (c: ReturnType<typeof setup>['client']) => c.leads.get('')],
  ])('%s', async (_name, call) => {
    const { fake, client } = setup([json(auraPage([]))])
    expect(await rejection(call(client))).toBeInstanceOf(AuraValidationError)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('responses', () => {
  it('exposes pagination, rate limit and request id', async () => {
    const leads = [makeLead(), makeLead()]
    const { client } = setup([
      json(auraPage(leads, true, 'eyJpZCI6IjQ1NiJ9'), {
        headers: {
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '99',
          'X-RateLimit-Reset': '1768636860',
          'X-Request-Id': 'req_list',
        },
      }),
    ])
    const page = await client.leads.list()
    expect(page).toEqual({
      data: leads,
      hasMore: true,
      nextCursor: 'eyJpZCI6IjQ1NiJ9',
      rateLimit: { limit: 100, remaining: 99, resetAt: new Date(1768636860 * 1000) },
      requestId: 'req_list',
    })
  })

  it('normalises outcome to status on calls from older API revisions', async () => {
    const { client } = setup([json(auraPage([{ id: 'c1', outcome: 'closed' }]))])
    const page = await client.calls.list()
    expect(page.data[0]?.status).toBe('closed')
  })

  it('parses the documented calls example end to end', async () => {
    const { client } = setup([json(REFERENCE_EXAMPLES['aura-v1-calls-list'][0])])
    const page = await client.calls.list()
    expect(page.data[0]?.transcript_data?.segments).toHaveLength(1)
    expect(page.nextCursor).toBe('string')
  })

  it.each([
    [
      404,
      { code: 'NOT_FOUND', error: 'Lead not found', requestId: 'req_abc123', success: false },
      'NOT_FOUND',
      'Lead not found',
      'req_abc123',
    ],
    [
      401,
      { success: false, error: 'Invalid API key', code: 'UNAUTHORIZED', requestId: 'req_1' },
      'UNAUTHORIZED',
      'Invalid API key',
      'req_1',
    ],
    [
      400,
      { success: false, error: 'Bad cursor', code: 'BAD_REQUEST' },
      'BAD_REQUEST',
      'Bad cursor',
      'req_header',
    ],
  ])(
    'maps a %i error envelope to AuraApiError',
    async (code, body, errorCode, message, requestId) => {
      const { client } = setup([
        json(body, { status: code, headers: { 'X-Request-Id': 'req_header' } }),
      ])
      const error = await rejection(client.leads.get(LEAD_ID))
      expect(error).toBeInstanceOf(AuraApiError)
      expect(error).toMatchObject({
        api: 'aura',
        status: code,
        code: errorCode,
        message,
        requestId,
      })
    },
  )

  it('maps a non-JSON error body to HTTP_<status>', async () => {
    const { client } = setup([text('Bad gateway', { status: 502, statusText: 'Bad Gateway' })], {
      retry: false,
    })
    const error = await rejection(client.leads.list())
    expect(error).toMatchObject({ code: 'HTTP_502', status: 502, details: 'Bad gateway' })
  })

  it('keeps a record with a malformed field, nulls the field and reports its path', async () => {
    const leads = [makeLead(), makeLead(), makeLead(), makeLead({ total_paid_cents: null })]
    const body = auraPage(leads)
    const broken = {
      ...body,
      data: body.data.map((lead, i) =>
        i === 3 ? { ...(lead as object), total_paid_cents: '12.00' } : lead,
      ),
    }
    const onDataIssue = vi.fn()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { client } = setup([json(broken, { headers: { 'X-Request-Id': 'req_bad' } })], {
      onDataIssue,
    })
    const page = await client.leads.list()
    expect(page.data.map((lead) => lead.id)).toEqual(leads.map((lead) => lead.id))
    expect(page.data[3]?.total_paid_cents).toBeNull()
    expect(onDataIssue.mock.calls).toEqual([
      [
        {
          api: 'aura',
          request: 'GET /v1/leads',
          path: 'data[3].total_paid_cents',
          expected: 'number',
          received: '"12.00"',
          requestId: 'req_bad',
          action: 'value-dropped',
        },
      ],
    ])
  })

  it.each([
    ['data not an array', { data: {}, pagination: { has_more: false } }, 'data'],
    ['no pagination', { data: [makeCall()] }, 'pagination'],
    ['no envelope', [makeCall()], 'data'],
  ])('AuraResponseError for %s', async (_name, body, path) => {
    const { client } = setup([json(body)])
    expect(await rejection(client.calls.list())).toMatchObject({ name: 'AuraResponseError', path })
  })
})
