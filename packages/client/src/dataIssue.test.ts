import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { createAuraClientWithRuntime } from './createAuraClient.ts'
import { createOctanistClientWithRuntime } from './createOctanistClient.ts'
import { type DataIssue, reportDataIssues } from './dataIssue.ts'
import { AuraResponseError } from './errors.ts'
import { parseCall, parseLead, parseOctanistLead, type RecordParser } from './parseRecord.ts'
import { fakeFetch, json } from './test-utils/fakeFetch.ts'
import { auraPage, octanistPage } from './test-utils/fixtures.ts'
import {
  applyMutations,
  type JsonObject,
  type MutatedRecord,
  mutatedCallArbitrary,
  mutatedLeadArbitrary,
  mutatedOctanistLeadArbitrary,
  oddValueArbitrary,
} from './testing/recordMutations.ts'

const runtime = { sleep: async () => {}, random: () => 0, now: () => 0 }
let warn: MockInstance<typeof console.warn>

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})

afterEach(() => {
  vi.unstubAllEnvs()
})

/** A page row: a mutated record, or one whose id was made unusable. */
function pageRowArbitrary(mutated: fc.Arbitrary<MutatedRecord>): fc.Arbitrary<JsonObject> {
  const oddId = oddValueArbitrary.filter((value) => typeof value !== 'string' || value === '')
  return fc.oneof(
    { weight: 4, arbitrary: mutated.map((record) => record.mutated) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(mutated, oddId, fc.boolean())
        .map(([record, id, remove]) =>
          remove
            ? applyMutations(record.mutated, [{ kind: 'delete', path: ['id'] }])
            : { ...record.mutated, id },
        ),
    },
  )
}

/** What the client should keep and report for `rows`, from the record parser alone. */
function expectedPage(rows: readonly JsonObject[], parse: RecordParser<{ id: string }>) {
  const ids: string[] = []
  const issues: { path: string; action: string }[] = []
  rows.forEach((row, index) => {
    // The rows travel as JSON, which drops undefined and turns NaN into null.
    const sent: unknown = JSON.parse(JSON.stringify(row))
    const record = parse(sent, {
      onIssue: ({ path, action }) => {
        const separator = path === '' || path.startsWith('[') ? '' : '.'
        issues.push({ path: `data[${index}]${separator}${path}`, action })
      },
    })
    if (record !== null) {
      ids.push(record.id)
    }
  })
  return { ids, issues }
}

const auraLists = [
  {
    name: 'leads',
    path: '/v1/leads',
    rows: pageRowArbitrary(mutatedLeadArbitrary),
    parse: parseLead,
    list: (client: ReturnType<typeof createAuraClientWithRuntime>) => client.leads.list(),
  },
  {
    name: 'calls',
    path: '/v1/calls',
    rows: pageRowArbitrary(mutatedCallArbitrary),
    parse: parseCall,
    list: (client: ReturnType<typeof createAuraClientWithRuntime>) => client.calls.list(),
  },
]

describe.each(auraLists)('Aura $name list with odd records', (resource) => {
  it('keeps every record with an id, in order, and reports each odd path once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(resource.rows, { maxLength: 6 }), async (rows) => {
        const issues: DataIssue[] = []
        const fake = fakeFetch(
          json(auraPage(rows, true, 'next'), { headers: { 'X-Request-Id': 'req_odd' } }),
        )
        const client = createAuraClientWithRuntime(
          { fetch: fake.fetch, onDataIssue: (issue) => issues.push(issue) },
          runtime,
        )
        const page = await resource.list(client)
        const expected = expectedPage(rows, resource.parse)
        expect(page.data.map((record) => record.id)).toEqual(expected.ids)
        expect(page.hasMore).toBe(true)
        expect(page.nextCursor).toBe('next')
        expect(issues.map(({ path, action }) => ({ path, action }))).toEqual(expected.issues)
        for (const issue of issues) {
          expect(issue).toMatchObject({
            api: 'aura',
            request: `GET ${resource.path}`,
            requestId: 'req_odd',
          })
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('Octanist list with odd records', () => {
  it('keeps every lead with an id and reports with the meta requestId', async () => {
    const rows = pageRowArbitrary(mutatedOctanistLeadArbitrary)
    await fc.assert(
      fc.asyncProperty(fc.array(rows, { maxLength: 6 }), async (leads) => {
        const issues: DataIssue[] = []
        const fake = fakeFetch(
          json(octanistPage(leads, { page: 1, totalPages: 1, hasMore: false })),
        )
        const client = createOctanistClientWithRuntime(
          { fetch: fake.fetch, onDataIssue: (issue) => issues.push(issue) },
          runtime,
        )
        const page = await client.leads.list()
        const expected = expectedPage(leads, parseOctanistLead)
        expect(page.data.map((lead) => lead.id)).toEqual(expected.ids)
        expect(issues.map(({ path, action }) => ({ path, action }))).toEqual(expected.issues)
        expect(
          issues.every((issue) => issue.api === 'octanist' && issue.requestId === 'req_page_1'),
        ).toBe(true)
      }),
      { numRuns: 60 },
    )
  })
})

describe('an envelope that cannot be understood still fails the request', () => {
  const validBody = auraPage([{ id: 'l1' }], true, 'c1')
  const brokenEnvelopes = fc.oneof(
    oddValueArbitrary
      .filter((value) => !Array.isArray(value))
      .map((data) => ({ ...validBody, data })),
    oddValueArbitrary.map((pagination) => ({ ...validBody, pagination: { pagination } })),
    oddValueArbitrary
      .filter((value) => typeof value !== 'boolean')
      .map((hasMore) => ({ ...validBody, pagination: { has_more: hasMore } })),
    fc.constant({ success: true, data: [] }),
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.constant({ id: 'l1' }))),
  )

  it('Aura lists throw AuraResponseError', async () => {
    await fc.assert(
      fc.asyncProperty(brokenEnvelopes, async (body) => {
        const fake = fakeFetch(json(body))
        const client = createAuraClientWithRuntime({ fetch: fake.fetch, retry: false }, runtime)
        await expect(client.leads.list()).rejects.toBeInstanceOf(AuraResponseError)
      }),
      { numRuns: 60 },
    )
  })

  it.each([
    ['no meta', { success: true, data: [] }],
    ['meta without pagination', { success: true, data: [], meta: { requestId: 'r' } }],
    [
      'a string page number',
      {
        success: true,
        data: [{ id: 'lead_1' }],
        meta: { pagination: { limit: 50, page: '1', totalPages: 1, total: 1, hasMore: false } },
      },
    ],
    [
      'data an object',
      { ...octanistPage([], { page: 1, totalPages: 1, hasMore: false }), data: {} },
    ],
  ])('Octanist with %s throws AuraResponseError', async (_name, body) => {
    const fake = fakeFetch(json(body))
    const client = createOctanistClientWithRuntime({ fetch: fake.fetch }, runtime)
    await expect(client.leads.list()).rejects.toBeInstanceOf(AuraResponseError)
  })
})

describe('get and create', () => {
  it('leads.get keeps an odd lead and reports paths under data', async () => {
    const onDataIssue = vi.fn()
    const fake = fakeFetch(json({ success: true, data: { id: 'l1', notes: [null], email: 3 } }))
    const client = createAuraClientWithRuntime({ fetch: fake.fetch, onDataIssue }, runtime)
    const { data } = await client.leads.get('l1')
    expect(data).toEqual({ id: 'l1', notes: [], email: null })
    expect(onDataIssue.mock.calls.map(([issue]) => [issue.request, issue.path])).toEqual([
      ['GET /v1/leads/l1', 'data.email'],
      ['GET /v1/leads/l1', 'data.notes[0]'],
    ])
  })

  it.each([
    ['without an id', { success: true, data: { email: 'a@example.com' } }, 'data.id'],
    ['with data an array', { success: true, data: [{ id: 'l1' }] }, 'data'],
    ['without data', { success: true }, 'data'],
  ])('calls.get %s throws AuraResponseError', async (_name, body, path) => {
    const fake = fakeFetch(json(body, { headers: { 'X-Request-Id': 'req_get' } }))
    const client = createAuraClientWithRuntime({ fetch: fake.fetch }, runtime)
    const error = await client.calls.get('c1').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AuraResponseError)
    expect(error).toMatchObject({ path, status: 200, requestId: 'req_get' })
  })

  it('leads.create repairs the created lead', async () => {
    const issues: DataIssue[] = []
    const fake = fakeFetch(json({ success: true, data: { id: 'l9', metadata: 'string' } }))
    const client = createAuraClientWithRuntime(
      { fetch: fake.fetch, onDataIssue: (issue) => issues.push(issue) },
      runtime,
    )
    const { data } = await client.leads.create({ email: 'new@example.com' })
    expect(data).toEqual({ id: 'l9', metadata: null })
    expect(issues).toEqual([
      {
        api: 'aura',
        request: 'POST /v1/leads',
        path: 'data.metadata',
        expected: 'Object',
        received: '"string"',
        requestId: null,
        action: 'value-dropped',
      },
    ])
  })
})

describe('reporting', () => {
  const oddPage = auraPage([{ id: 'a', email: 1 }, { id: 'b', phone: [] }, { id: '' }])

  it('a throwing onDataIssue costs nothing, and every issue is still offered', async () => {
    const onDataIssue = vi.fn(() => {
      throw new Error('reporter down')
    })
    const fake = fakeFetch(json(oddPage))
    const client = createAuraClientWithRuntime({ fetch: fake.fetch, onDataIssue }, runtime)
    const page = await client.leads.list()
    expect(page.data.map((lead) => lead.id)).toEqual(['a', 'b'])
    expect(onDataIssue).toHaveBeenCalledTimes(3)
  })

  it('warns once per response in development, naming the count and the first path', async () => {
    const fake = fakeFetch(json(oddPage), json(auraPage([{ id: 'c' }])))
    const client = createAuraClientWithRuntime({ fetch: fake.fetch }, runtime)
    await client.leads.list()
    await client.leads.list()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]?.[0]).toContain('GET /v1/leads')
    expect(warn.mock.calls[0]?.[0]).toContain('3 odd values')
    expect(warn.mock.calls[0]?.[0]).toContain('data[0].email')
  })

  it('stays quiet in production', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const fake = fakeFetch(json(oddPage))
    const client = createAuraClientWithRuntime({ fetch: fake.fetch }, runtime)
    await client.leads.list()
    expect(warn).not.toHaveBeenCalled()
  })

  it('counts as production in a page without `process`', () => {
    const issue: DataIssue = {
      api: 'aura',
      request: 'GET /v1/leads',
      path: 'data[0].email',
      expected: 'string',
      received: '1',
      requestId: null,
      action: 'value-dropped',
    }
    const saved = globalThis.process
    Reflect.deleteProperty(globalThis, 'process')
    try {
      reportDataIssues([issue], undefined)
    } finally {
      globalThis.process = saved
    }
    expect(warn).not.toHaveBeenCalled()
    reportDataIssues([issue], undefined)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
