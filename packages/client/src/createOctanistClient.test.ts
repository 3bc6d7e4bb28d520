import { describe, expect, it, vi } from 'vitest'
import type { OctanistLeadQuery } from './buildOctanistQuery.ts'
import {
  createOctanistClientWithRuntime,
  type OctanistClientOptions,
} from './createOctanistClient.ts'
import { AuraApiError, AuraPaginationError, AuraValidationError } from './errors.ts'
import { fakeFetch, json, type Responder } from './test-utils/fakeFetch.ts'
import { makeOctanistLead, octanistPage } from './test-utils/fixtures.ts'
import { octanistErrorExample, octanistListExample } from './test-utils/octanistExample.ts'

function setup(responders: Array<Responder | Error>, options: OctanistClientOptions = {}) {
  const fake = fakeFetch(...responders)
  const delays: number[] = []
  const client = createOctanistClientWithRuntime(
    { fetch: fake.fetch, ...options },
    {
      sleep: async (ms) => {
        delays.push(ms)
      },
      random: () => 0.5,
      now: () => 0,
    },
  )
  const pageParams = () => fake.requests.map((request) => request.url.searchParams.get('page'))
  return { fake, client, delays, pageParams }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of iterable) {
    out.push(item)
  }
  return out
}

describe('createOctanistClient', () => {
  it('requests GET https://octanist.com/api/leads with X-API-KEY', async () => {
    const { fake, client } = setup([json(octanistListExample)], { apiKey: 'oct_secret' })
    await client.leads.list()
    const request = fake.requests[0]
    expect(request?.url.href).toBe('https://octanist.com/api/leads')
    expect(request?.method).toBe('GET')
    expect(request?.headers.get('x-api-key')).toBe('oct_secret')
    expect(request?.headers.has('authorization')).toBe(false)
  })

  it('sends a getToken result as X-API-KEY and honours a proxy baseUrl', async () => {
    const { fake, client } = setup([json(octanistListExample)], {
      baseUrl: 'https://proxy.example.com/octanist/',
      apiKey: 'ignored',
      getToken: () => 'short_lived',
    })
    await client.leads.list()
    expect(fake.requests[0]?.url.href).toBe('https://proxy.example.com/octanist/leads')
    expect(fake.requests[0]?.headers.get('x-api-key')).toBe('short_lived')
  })

  it('serialises the query with buildOctanistQuery', async () => {
    const { fake, client } = setup([json(octanistListExample)])
    await client.leads.list({
      limit: 25,
      sort: [{ field: 'value', direction: 'desc' }],
      status: ['won', 'lost'],
      value: { gte: 100 },
      gclid: { exists: true },
    })
    const params = fake.requests[0]?.url.searchParams
    expect(params && [...params]).toEqual([
      ['limit', '25'],
      ['sort', 'value:desc'],
      ['status', 'won,lost'],
      ['value[gte]', '100'],
      ['gclid[exists]', 'true'],
    ])
  })

  it('maps the envelope to an OctanistPage', async () => {
    const { client } = setup([json(octanistListExample, { headers: { 'X-Request-Id': 'hdr' } })])
    const page = await client.leads.list()
    expect(page).toEqual({
      data: octanistListExample.data,
      pagination: { limit: 50, page: 1, totalPages: 1, total: 1, hasMore: false },
      timestamp: '2026-03-02T10:00:01.000Z',
      requestId: 'req_oct_1',
      rateLimit: null,
    })
  })

  it('maps the Octanist error envelope to AuraApiError', async () => {
    const { client } = setup([json(octanistErrorExample, { status: 400 })])
    const error = await rejection(client.leads.list({ labelId: 'x' }))
    expect(error).toBeInstanceOf(AuraApiError)
    expect(error).toMatchObject({
      api: 'octanist',
      status: 400,
      code: 'INVALID_FILTER',
      message: 'Unknown filter field: colour',
      requestId: 'req_oct_2',
      details: { field: 'colour' },
    })
  })

  it('retries a GET on INTERNAL_ERROR (500)', async () => {
    const internal = {
      success: false,
      error: { code: 'INTERNAL_ERROR', message: 'boom' },
      meta: { requestId: 'r', timestamp: 't' },
    }
    const { fake, client, delays } = setup([
      json(internal, { status: 500 }),
      json(octanistListExample),
    ])
    await client.leads.list()
    expect(fake.requests).toHaveLength(2)
    expect(delays).toEqual([150])
  })

  it.each<[string, OctanistLeadQuery]>([
    ['limit', { limit: 500 }],
    ['page', { page: 0 }],
    ['status', { status: 'pending' as 'open' }],
    ['source', { source: 'facebook' as 'api' }],
    ['sort[0].field', { sort: [{ field: 'phone' as 'name', direction: 'asc' }] }],
    ['createdAt.gte', { createdAt: { gte: 'yesterday' } }],
  ])('rejects an invalid %s before any request', async (field, query) => {
    const { fake, client } = setup([json(octanistListExample)])
    const error = await rejection(client.leads.list(query))
    expect(error).toBeInstanceOf(AuraValidationError)
    expect(error).toMatchObject({ issues: [{ field }] })
    expect(fake.requests).toHaveLength(0)
  })

  it('keeps a lead with a malformed field and reports the path with the meta requestId', async () => {
    const body = { ...octanistListExample, data: [{ id: 'lead_1', value: 'high', name: 'Ann' }] }
    const onDataIssue = vi.fn()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { client } = setup([json(body)], { onDataIssue })
    const page = await client.leads.list()
    expect(page.data).toEqual([{ id: 'lead_1', value: null, name: 'Ann' }])
    expect(onDataIssue).toHaveBeenCalledExactlyOnceWith({
      api: 'octanist',
      request: 'GET /leads',
      path: 'data[0].value',
      expected: 'number',
      received: '"high"',
      requestId: 'req_oct_1',
      action: 'value-dropped',
    })
  })

  it.each([
    ['no meta', { success: true, data: [] }, 'meta'],
    ['no pagination in meta', { success: true, data: [], meta: {} }, 'meta.pagination'],
    ['data not an array', { ...octanistListExample, data: { id: 'lead_1' } }, 'data'],
  ])('rejects an envelope with %s', async (_name, body, path) => {
    const { client } = setup([json(body)])
    expect(await rejection(client.leads.list())).toMatchObject({ name: 'AuraResponseError', path })
  })
})

describe('octanist leads.pages / leads.all', () => {
  const leads = [1, 2, 3, 4].map(() => makeOctanistLead())
  const page = (n: number, data: unknown[], totalPages: number, hasMore: boolean) =>
    json(octanistPage(data, { page: n, totalPages, hasMore }))

  it('requests page + 1 until hasMore is false', async () => {
    const { client, pageParams } = setup([
      page(1, leads.slice(0, 2), 3, true),
      page(2, leads.slice(2, 3), 3, true),
      page(3, leads.slice(3), 3, false),
    ])
    const all = await collect(client.leads.all({ limit: 2 }))
    expect(all.map((lead) => lead.id)).toEqual(leads.map((lead) => lead.id))
    expect(pageParams()).toEqual(['1', '2', '3'])
  })

  it('all() never yields the same id twice when pages overlap', async () => {
    const { client } = setup([
      page(1, leads.slice(0, 2), 3, true),
      page(2, leads.slice(1, 3), 3, true),
      page(3, [leads[0], leads[3]], 3, false),
    ])
    const all = await collect(client.leads.all())
    expect(all.map((lead) => lead.id)).toEqual(leads.map((lead) => lead.id))
  })

  it('starts at query.page and keeps the filters', async () => {
    const { fake, client } = setup([page(4, leads, 5, true), page(5, leads, 5, false)])
    const pages = await collect(client.leads.pages({ page: 4, status: 'won' }))
    expect(pages.map((p) => p.pagination.page)).toEqual([4, 5])
    expect(fake.requests.map((request) => request.url.searchParams.get('status'))).toEqual([
      'won',
      'won',
    ])
  })

  it.each([
    ['hasMore on the last page', [page(1, leads, 1, true)], 'beyond-last-page'],
    [
      'hasMore beyond totalPages',
      [page(1, leads, 2, true), page(2, leads, 1, true)],
      'beyond-last-page',
    ],
    ['an empty page with hasMore', [page(1, [], 3, true)], 'empty-page'],
    [
      'a different page than asked',
      [page(1, leads, 3, true), page(1, leads, 3, true)],
      'page-mismatch',
    ],
  ])('throws AuraPaginationError on %s', async (_name, responders, problem) => {
    const { client, fake } = setup(responders)
    const error = await rejection(collect(client.leads.pages()))
    expect(error).toBeInstanceOf(AuraPaginationError)
    expect(error).toMatchObject({ problem })
    expect(fake.requests).toHaveLength(responders.length)
  })

  it('stops requesting when the consumer breaks out', async () => {
    const { fake, client } = setup([page(1, leads, 3, true), page(2, leads, 3, true)])
    for await (const lead of client.leads.all()) {
      expect(lead.id).toBe(leads[0]?.id)
      break
    }
    expect(fake.requests).toHaveLength(1)
  })

  it('rejects with the abort reason when the signal aborts between pages', async () => {
    const { fake, client } = setup([page(1, leads, 3, true), page(2, leads, 3, true)])
    const controller = new AbortController()
    const seen: number[] = []
    const error = await rejection(
      (async () => {
        for await (const result of client.leads.pages({}, { signal: controller.signal })) {
          seen.push(result.pagination.page)
          controller.abort()
        }
      })(),
    )
    expect(error).toBe(controller.signal.reason)
    expect(seen).toEqual([1])
    expect(fake.requests).toHaveLength(1)
  })
})
