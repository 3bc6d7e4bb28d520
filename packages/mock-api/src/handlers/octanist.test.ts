import { describe, expect, test } from 'vitest'
import { createMockApi } from '../createMockApi.ts'
import { REFERENCE_TIME } from '../data/constants.ts'
import { OCTANIST_CLICK_ID_FIELDS, type OctanistLead } from '../data/octanistTypes.ts'
import { octanistJson } from '../test-utils/requests.ts'

const api = createMockApi({
  counts: { leads: 0, calls: 0, octanistLeads: 1200 },
  now: () => REFERENCE_TIME,
})
const leads = api.db.octanistLeads
const at = (days: number) => new Date(REFERENCE_TIME - days * 86_400_000).toISOString()

/** Every matching lead, walking the pages. */
async function all(query: string): Promise<OctanistLead[]> {
  const rows: OctanistLead[] = []
  for (let page = 1; ; page++) {
    const { response, body } = await octanistJson<OctanistLead>(
      api,
      `/api/leads?limit=100&page=${page}&${query}`,
    )
    expect(response.status).toBe(200)
    rows.push(...body.data)
    if (!body.meta.pagination.hasMore) {
      return rows
    }
  }
}

const ids = (rows: readonly OctanistLead[]) => rows.map((lead) => lead.id).sort()
const sample = leads.find(
  (lead) => lead.labelId !== null && lead.website !== null && lead.utm_campaign !== null,
)

describe('GET /api/leads pagination', () => {
  test('defaults to 50 per page, newest first, with exact meta', async () => {
    const { body } = await octanistJson<OctanistLead>(api, '/api/leads')
    expect(body.success).toBe(true)
    expect(body.data).toHaveLength(50)
    expect(body.data.map((lead) => lead.createdAt)).toEqual(
      [...leads]
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, 50)
        .map((lead) => lead.createdAt),
    )
    expect(body.meta).toEqual({
      pagination: { limit: 50, page: 1, totalPages: 24, total: 1200, hasMore: true },
      requestId: expect.stringMatching(/^req_[0-9a-f]{12}$/),
      timestamp: new Date(REFERENCE_TIME).toISOString(),
    })
  })

  test.each([
    [7, 1, 172, true, 7],
    [7, 172, 172, false, 3],
    [7, 173, 172, false, 0],
    [100, 12, 12, false, 100],
  ])(
    'limit=%i page=%i: totalPages %i, hasMore %s, %i rows',
    async (limit, page, totalPages, hasMore, rows) => {
      const { body } = await octanistJson<OctanistLead>(
        api,
        `/api/leads?limit=${limit}&page=${page}`,
      )
      expect(body.meta.pagination).toEqual({ limit, page, totalPages, total: 1200, hasMore })
      expect(body.data).toHaveLength(rows)
    },
  )

  test('no matches: total 0, totalPages 0, hasMore false', async () => {
    const { body } = await octanistJson<OctanistLead>(api, '/api/leads?search=zzzz-no-such-lead')
    expect(body.meta.pagination).toEqual({
      limit: 50,
      page: 1,
      totalPages: 0,
      total: 0,
      hasMore: false,
    })
  })

  test('pages partition the result set', async () => {
    const rows = await all('')
    expect(ids(rows)).toEqual(ids(leads))
    expect(new Set(rows.map((lead) => lead.id)).size).toBe(leads.length)
  })

  test.each(['limit=0', 'limit=101', 'limit=abc', 'page=0', 'page=-1', 'page=1.5'])(
    '%s is a 400 VALIDATION_ERROR',
    async (query) => {
      const { response, body } = await octanistJson(api, `/api/leads?${query}`)
      expect(response.status).toBe(400)
      expect(body).toMatchObject({
        success: false,
        error: { code: 'VALIDATION_ERROR' },
        meta: { requestId: expect.any(String) },
      })
    },
  )
})

describe('GET /api/leads filters', () => {
  const since = at(90)
  const cases: [string, (lead: OctanistLead) => boolean][] = [
    ['status=won', (lead) => lead.status === 'won'],
    ['status=won,lost', (lead) => lead.status === 'won' || lead.status === 'lost'],
    ['source=gtm', (lead) => lead.source === 'gtm'],
    [`labelId=${sample?.labelId}`, (lead) => lead.labelId === sample?.labelId],
    [
      `website=${encodeURIComponent(sample?.website ?? '')}`,
      (lead) => lead.website === sample?.website,
    ],
    ['utm_source=google', (lead) => lead.utm_source === 'google'],
    ['utm_medium=email', (lead) => lead.utm_medium === 'email'],
    [`utm_campaign=${sample?.utm_campaign}`, (lead) => lead.utm_campaign === sample?.utm_campaign],
    ['value[gte]=10000', (lead) => lead.value !== null && lead.value >= 10_000],
    ['value[gt]=10000', (lead) => lead.value !== null && lead.value > 10_000],
    ['value[lte]=500', (lead) => lead.value !== null && lead.value <= 500],
    ['value[lt]=500', (lead) => lead.value !== null && lead.value < 500],
    ['value=5000', (lead) => lead.value === 5000],
    [
      'value[gte]=1000&value[lt]=2000',
      (lead) => lead.value !== null && lead.value >= 1000 && lead.value < 2000,
    ],
    [`createdAt[gte]=${since}`, (lead) => lead.createdAt >= since],
    [`createdAt[lt]=${since}`, (lead) => lead.createdAt < since],
    [`updatedAt[gt]=${since}`, (lead) => lead.updatedAt > since],
    [`updatedAt[lte]=${since}`, (lead) => lead.updatedAt <= since],
    [`updated_after=${since}`, (lead) => lead.updatedAt >= since],
    [`qualifiedAt[gte]=${since}`, (lead) => lead.qualifiedAt !== null && lead.qualifiedAt >= since],
    ['qualifiedAt[exists]=true', (lead) => lead.qualifiedAt !== null],
    ['qualifiedAt[exists]=false', (lead) => lead.qualifiedAt === null],
    ['createdAt[gte]=2026-01-01', (lead) => lead.createdAt >= '2026-01-01T00:00:00.000Z'],
    [
      'status=open&source=inbound&value[gte]=5000',
      (lead) => lead.status === 'open' && lead.source === 'inbound' && (lead.value ?? -1) >= 5000,
    ],
    ['status=', () => true],
    ...OCTANIST_CLICK_ID_FIELDS.flatMap((field): [string, (lead: OctanistLead) => boolean][] => [
      [`${field}[exists]=true`, (lead) => lead[field] !== null],
      [`${field}[exists]=false`, (lead) => lead[field] === null],
    ]),
  ]

  test.each(cases)('%s returns exactly the matching leads', async (query, predicate) => {
    const expected = leads.filter(predicate)
    expect(expected.length).toBeGreaterThan(0)
    expect(ids(await all(query))).toEqual(ids(expected))
  })

  test('an exact click id match', async () => {
    const withGclid = leads.find((lead) => lead.gclid !== null)
    expect(ids(await all(`gclid=${withGclid?.gclid}`))).toEqual([withGclid?.id])
  })

  test.each([
    ['unknown field', 'colour=red', 'INVALID_FILTER'],
    ['unknown field with operator', 'colour[gte]=1', 'INVALID_FILTER'],
    ['unsupported operator on status', 'status[gte]=won', 'INVALID_FILTER'],
    ['unsupported operator on a click id', 'gclid[gt]=a', 'INVALID_FILTER'],
    ['exists on value', 'value[exists]=true', 'INVALID_FILTER'],
    ['unknown operator', 'value[between]=1', 'INVALID_FILTER'],
    ['malformed key', 'value[gte=1', 'INVALID_FILTER'],
    ['bad date', 'createdAt[gte]=yesterday', 'INVALID_DATE'],
    ['impossible date', 'createdAt[gte]=2026-02-30', 'INVALID_DATE'],
    ['bad legacy date', 'updated_after=13/01/2026', 'INVALID_DATE'],
    ['bad number', 'value[gte]=lots', 'VALIDATION_ERROR'],
    ['bad exists value', 'gclid[exists]=maybe', 'VALIDATION_ERROR'],
    ['unknown status', 'status=won,pending', 'VALIDATION_ERROR'],
    ['unknown source', 'source=carrier-pigeon', 'VALIDATION_ERROR'],
  ])('%s (%s) is a 400 %s', async (_name, query, code) => {
    const { response, body } = await octanistJson(api, `/api/leads?${query}`)
    expect(response.status).toBe(400)
    expect(body.error.code).toBe(code)
    expect(typeof body.error.message).toBe('string')
  })
})

describe('GET /api/leads sort, search and fields', () => {
  const compare =
    (field: keyof OctanistLead, direction: 1 | -1) => (a: OctanistLead, b: OctanistLead) => {
      const left = a[field]
      const right = b[field]
      if (left === right) {
        return a.id < b.id ? -1 : 1
      }
      if (left === null || right === null) {
        return left === null ? 1 : -1
      }
      const l = typeof left === 'string' ? left.toLowerCase() : left
      const r = typeof right === 'string' ? right.toLowerCase() : right
      return l === r ? (a.id < b.id ? -1 : 1) : (l < r ? -1 : 1) * direction
    }

  test.each([
    ['value:desc', 'value', -1],
    ['value:asc', 'value', 1],
    ['name:asc', 'name', 1],
    ['email:desc', 'email', -1],
    ['qualifiedAt:desc', 'qualifiedAt', -1],
    ['updatedAt:asc', 'updatedAt', 1],
    ['updated_at:desc', 'updatedAt', -1],
    ['status', 'status', 1],
  ] as const)('sort=%s orders by %s (nulls last)', async (sort, field, direction) => {
    const rows = await all(`sort=${sort}`)
    expect(rows.map((lead) => lead.id)).toEqual(
      [...leads].sort(compare(field, direction)).map((lead) => lead.id),
    )
  })

  test('sort accepts several keys', async () => {
    const rows = await all('sort=status:asc,value:desc')
    const expected = [...leads].sort((a, b) =>
      a.status === b.status ? compare('value', -1)(a, b) : a.status < b.status ? -1 : 1,
    )
    expect(rows.map((lead) => lead.id)).toEqual(expected.map((lead) => lead.id))
  })

  test.each([
    ['sort=colour:asc', 'INVALID_FILTER'],
    ['sort=value:sideways', 'VALIDATION_ERROR'],
    ['sort=value:asc:desc', 'VALIDATION_ERROR'],
  ])('%s is a 400 %s', async (query, code) => {
    const { response, body } = await octanistJson(api, `/api/leads?${query}`)
    expect([response.status, body.error.code]).toEqual([400, code])
  })

  test('search is case-insensitive over name, email and phone', async () => {
    const named = leads.find((lead) => lead.name !== null)
    const lastName = named?.name?.split(' ').pop()?.toUpperCase() ?? ''
    const byName = await all(`search=${encodeURIComponent(lastName)}`)
    expect(ids(byName)).toEqual(
      ids(
        leads.filter((lead) =>
          [lead.name, lead.email, lead.phone].some((text) =>
            text?.toLowerCase().includes(lastName.toLowerCase()),
          ),
        ),
      ),
    )
    const phone = leads.find((lead) => lead.phone !== null)?.phone ?? ''
    expect(ids(await all(`search=${encodeURIComponent(phone)}`))).toContain(
      leads.find((lead) => lead.phone === phone)?.id,
    )
  })

  test('fields selects keys and always includes id', async () => {
    const { body } = await octanistJson<OctanistLead>(
      api,
      '/api/leads?limit=3&fields=name,email,status,value',
    )
    for (const row of body.data) {
      expect(Object.keys(row)).toEqual(['id', 'name', 'email', 'status', 'value'])
    }
    const withId = await octanistJson<OctanistLead>(api, '/api/leads?limit=1&fields=status,id')
    expect(Object.keys(withId.body.data[0] ?? {})).toEqual(['id', 'status'])
    const full = await octanistJson<OctanistLead>(api, '/api/leads?limit=1')
    expect(Object.keys(full.body.data[0] ?? {})).toContain('googleAdsCampaignName')
  })

  test('an unknown field in fields is a 400 VALIDATION_ERROR naming it', async () => {
    const { response, body } = await octanistJson(api, '/api/leads?fields=name,shoeSize')
    expect(response.status).toBe(400)
    expect(body.error).toMatchObject({
      code: 'VALIDATION_ERROR',
      details: { unknown: ['shoeSize'] },
    })
  })
})
