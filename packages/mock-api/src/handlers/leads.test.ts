import { describe, expect, test } from 'vitest'
import { createMockApi } from '../createMockApi.ts'
import { CLERK_USERS, REFERENCE_TIME } from '../data/constants.ts'
import type { AuraLead } from '../data/leadTypes.ts'
import { createRandom } from '../data/random.ts'
import { auraJson, collectAll } from '../test-utils/requests.ts'
import { encodeCursor } from './cursor.ts'

const api = createMockApi({ rateLimit: false, now: () => REFERENCE_TIME })
const [firstUser, secondUser] = CLERK_USERS
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('GET /v1/leads', () => {
  test('the first page holds the 50 newest leads', async () => {
    const { response, body } = await auraJson<AuraLead[]>(api, '/v1/leads')
    expect(response.status).toBe(200)
    expect(body.success).toBe(true)
    expect(body.data.map((lead) => lead.id)).toEqual(
      api.db.leads.slice(0, 50).map((lead) => lead.id),
    )
    expect(body.pagination?.has_more).toBe(true)
    expect(typeof body.pagination?.next_cursor).toBe('string')
  })

  test('paging to the end visits every lead exactly once, and the last page has next_cursor null', async () => {
    const rows = await collectAll<AuraLead>(api, '/v1/leads', 97)
    expect(rows.map((lead) => lead.id)).toEqual(api.db.leads.map((lead) => lead.id))
    const { body } = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=100&cursor=${encodeCursor('leads', api.db.leads[4949] ?? { created_at: '', id: '' })}`,
    )
    expect(body.data).toHaveLength(50)
    expect(body.pagination).toEqual({ has_more: false, next_cursor: null })
  })

  const filterCases: [string, (lead: AuraLead) => boolean][] = [
    ['status=won', (lead) => lead.status === 'won'],
    ['status=disqualified', (lead) => lead.status === 'disqualified'],
    ['source=google', (lead) => lead.source?.utm_source === 'google'],
    [`assigned_to_id=${firstUser?.id}`, (lead) => lead.assigned_to_id === firstUser?.id],
    [
      'status=qualified&source=facebook',
      (lead) => lead.status === 'qualified' && lead.source?.utm_source === 'facebook',
    ],
    [
      `status=booked&source=google&assigned_to_id=${secondUser?.id}`,
      (lead) =>
        lead.status === 'booked' &&
        lead.source?.utm_source === 'google' &&
        lead.assigned_to_id === secondUser?.id,
    ],
    ['status=no-such-status', () => false],
    ['status=&source=', () => true],
  ]

  test.each(filterCases)(
    'filter %s returns exactly the matching leads, newest first',
    async (query, predicate) => {
      const rows = await collectAll<AuraLead>(api, `/v1/leads?${query}`)
      const expected = api.db.leads.filter(predicate).map((lead) => lead.id)
      expect(rows.map((lead) => lead.id)).toEqual(expected)
      if (query.startsWith('status=booked')) {
        expect(expected.length).toBeGreaterThan(0)
      }
    },
  )

  test.each(['user', 'user_', 'usr_abc', 'user_abc-def', 'USER_abc'])(
    'assigned_to_id=%s is a 400',
    async (value) => {
      const { response, body } = await auraJson(api, `/v1/leads?assigned_to_id=${value}`)
      expect(response.status).toBe(400)
      expect(body.code).toBe('VALIDATION_ERROR')
    },
  )

  test.each(['0', '101', '1000', 'abc', '1.5', '-1', '10abc'])(
    'limit=%s is a 400 VALIDATION_ERROR',
    async (limit) => {
      const { response, body } = await auraJson(api, `/v1/leads?limit=${limit}`)
      expect(response.status).toBe(400)
      expect(body).toMatchObject({ success: false, code: 'VALIDATION_ERROR' })
    },
  )

  test.each([
    ['1', 1],
    ['100', 100],
    ['', 50],
  ])('limit=%s returns %i rows', async (limit, count) => {
    const { body } = await auraJson<AuraLead[]>(api, `/v1/leads?limit=${limit}`)
    expect(body.data).toHaveLength(count)
  })

  test.each([
    ['garbage', 'not-base64!!'],
    ['base64 of non-JSON', btoa('hello world').replace(/=+$/, '')],
    ['wrong shape', btoa(JSON.stringify({ id: 456 })).replace(/=+$/, '')],
    ['a calls cursor', encodeCursor('calls', { created_at: '2026-01-01T00:00:00.000Z', id: 'x' })],
    ['a non-canonical date', btoa(JSON.stringify(['leads', 'yesterday', 'x'])).replace(/=+$/, '')],
  ])('%s as cursor is a 400 INVALID_CURSOR', async (_name, cursor) => {
    const { response, body } = await auraJson(api, `/v1/leads?cursor=${encodeURIComponent(cursor)}`)
    expect(response.status).toBe(400)
    expect(body.code).toBe('INVALID_CURSOR')
  })
})

describe('cursor stability while leads are created', () => {
  test.each([1, 2, 3, 4, 5])(
    'seed %i: old leads are visited exactly once whatever the interleaving',
    async (seed) => {
      const random = createRandom(seed * 7919)
      let clock = REFERENCE_TIME
      const local = createMockApi({
        seed,
        counts: { leads: 400, calls: 0, octanistLeads: 0 },
        rateLimit: false,
        now: () => clock,
      })
      const original = new Set(local.db.leads.map((lead) => lead.id))
      const oldest = Date.parse(local.db.leads[local.db.leads.length - 1]?.created_at ?? '')
      const seen: string[] = []
      let cursor: string | null = null
      do {
        for (let created = random.int(0, 3); created > 0; created--) {
          // Half of the new leads land at the top, half somewhere inside the already-paged range.
          clock = random.chance(0.5)
            ? clock + 1000
            : oldest + Math.floor(random.next() * (REFERENCE_TIME - oldest))
          const post = await auraJson(local, '/v1/leads', {
            method: 'POST',
            body: JSON.stringify({ email: `n${clock}@x.io` }),
          })
          expect(post.response.status).toBe(201)
        }
        const query: string = `/v1/leads?limit=${random.int(1, 40)}${cursor === null ? '' : `&cursor=${cursor}`}`
        const { body } = await auraJson<AuraLead[]>(local, query)
        seen.push(...body.data.map((lead) => lead.id))
        cursor = body.pagination?.next_cursor ?? null
      } while (cursor !== null)
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.filter((id) => original.has(id))).toHaveLength(original.size)
    },
  )
})

describe('GET /v1/leads/{id}', () => {
  test('returns the lead with its extra keys', async () => {
    const lead = api.db.leads.find((candidate) => candidate.crm_sync_state !== undefined)
    const { response, body } = await auraJson<AuraLead>(api, `/v1/leads/${lead?.id}`)
    expect(response.status).toBe(200)
    expect(body).toEqual({ success: true, data: JSON.parse(JSON.stringify(lead)) })
  })

  test('unknown ids are 404 "Lead not found"; non-UUIDs are 400', async () => {
    const missing = await auraJson(api, '/v1/leads/550e8400-e29b-41d4-a716-446655440000')
    expect([missing.response.status, missing.body.error, missing.body.code]).toEqual([
      404,
      'Lead not found',
      'NOT_FOUND',
    ])
    expect((await auraJson(api, '/v1/leads/not-a-uuid')).response.status).toBe(400)
  })
})

describe('POST /v1/leads', () => {
  const post = (body: string) => {
    const local = createMockApi({
      counts: { leads: 20, calls: 0, octanistLeads: 0 },
      now: () => REFERENCE_TIME + 5000,
    })
    return {
      local,
      result: auraJson<AuraLead>(local, '/v1/leads', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      }),
    }
  }

  test.each([
    ['invalid JSON', '{"email":'],
    ['an array', '[]'],
    ['no email', '{}'],
    ['an invalid email', '{"email":"not-an-email"}'],
    ['a phone with spaces', '{"email":"a@b.co","phone":"+1 415 555 2671"}'],
    ['a phone without +', '{"email":"a@b.co","phone":"14155552671"}'],
    ['a phone starting +0', '{"email":"a@b.co","phone":"+04155552671"}'],
    ['a phone that is too long', '{"email":"a@b.co","phone":"+1234567890123456"}'],
    ['an unknown time zone', '{"email":"a@b.co","timezone":"Mars/Olympus_Mons"}'],
    ['an offset instead of a zone', '{"email":"a@b.co","timezone":"+02:00"}'],
    ['array metadata', '{"email":"a@b.co","metadata":[]}'],
    ['string metadata', '{"email":"a@b.co","metadata":"x"}'],
    ['a numeric full_name', '{"email":"a@b.co","full_name":42}'],
  ])('rejects %s with 400 VALIDATION_ERROR and stores nothing', async (_name, body) => {
    const { local, result } = post(body)
    const { response, body: json } = await result
    expect(response.status).toBe(400)
    expect(json).toMatchObject({
      success: false,
      code: 'VALIDATION_ERROR',
      requestId: expect.stringMatching(/^req_/),
    })
    expect(local.db.leads).toHaveLength(20)
  })

  test('creates a "new" lead with a UUID, created_at = now, unknown metadata kept, and persists it', async () => {
    const input = {
      email: 'jane@acme.io',
      full_name: 'Jane Roe',
      phone: '+14155552671',
      company: 'Acme',
      timezone: 'America/New_York',
      metadata: { utmSource: 'google', utmCampaign: 'spring-2026', gclid: 'abc', hsutk: 'keep-me' },
    }
    const { local, result } = post(JSON.stringify(input))
    const { response, body } = await result
    expect(response.status).toBe(201)
    const lead = body.data
    expect(lead).toMatchObject({
      ...input,
      status: 'new',
      created_at: new Date(REFERENCE_TIME + 5000).toISOString(),
    })
    expect(lead.id).toMatch(UUID)
    expect(lead.source).toMatchObject({ utm_source: 'google', utm_campaign: 'spring-2026' })
    expect((await auraJson<AuraLead>(local, `/v1/leads/${lead.id}`)).body.data).toEqual(lead)
    expect((await auraJson<AuraLead[]>(local, '/v1/leads?limit=1')).body.data[0]?.id).toBe(lead.id)
    expect(
      (await auraJson<AuraLead[]>(local, '/v1/leads?status=new&limit=100')).body.data.map(
        (row) => row.id,
      ),
    ).toContain(lead.id)
    local.reset()
    expect((await auraJson(local, `/v1/leads/${lead.id}`)).response.status).toBe(404)
  })

  test.each(['UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'Japan', 'EST5EDT', 'GB'])(
    'accepts the IANA time zone %s',
    async (timezone) => {
      const { result } = post(JSON.stringify({ email: 'tz@example.com', timezone }))
      const { response, body } = await result
      expect(response.status).toBe(201)
      expect(body.data.timezone).toBe(timezone)
    },
  )

  test('accepts the minimal body and null metadata', async () => {
    const { result } = post('{"email":"min@example.com","metadata":null}')
    const { response, body } = await result
    expect(response.status).toBe(201)
    expect(body.data).toMatchObject({
      email: 'min@example.com',
      metadata: null,
      phone: null,
      source: null,
      notes: [],
    })
  })
})
