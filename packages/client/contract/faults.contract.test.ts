import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import {
  AuraApiError,
  type AuraClient,
  AuraPaginationError,
  AuraResponseError,
  createAuraClient,
  createOctanistClient,
  type OctanistClient,
} from '../src/index.ts'
import { captureError } from './support/captureError.ts'
import { collect } from './support/collect.ts'

let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 300, calls: 200, octanistLeads: 300 },
    now: () => REFERENCE_TIME,
    rateLimit: false,
  })
})

afterEach(() => {
  server.api.setFaults([])
})

afterAll(async () => {
  await server.close()
})

/** Fault headers ride along on every request the client makes. */
function auraWith(headers: Record<string, string> = {}): AuraClient {
  return createAuraClient({ baseUrl: server.url, apiKey: 'k', headers, retry: false })
}

function octanistWith(headers: Record<string, string> = {}): OctanistClient {
  return createOctanistClient({ baseUrl: `${server.url}/api`, apiKey: 'k', headers, retry: false })
}

/** Everything an iterator yields before it throws, and what it threw. */
async function drain<T>(items: AsyncIterable<T>): Promise<{ yielded: T[]; error: unknown }> {
  const yielded: T[] = []
  const error = await captureError(
    (async () => {
      for await (const item of items) {
        yielded.push(item)
      }
    })(),
  )
  return { yielded, error }
}

describe('status faults map to AuraApiError with the envelope code', () => {
  test.each([
    { status: 500, code: 'INTERNAL_ERROR' },
    { status: 502, code: 'INTERNAL_ERROR' },
    { status: 503, code: 'INTERNAL_ERROR' },
    { status: 403, code: 'FORBIDDEN' },
    { status: 409, code: 'CONFLICT' },
  ])('Aura $status → $code', async ({ status, code }) => {
    const error = await captureError(auraWith({ 'x-mock-status': String(status) }).leads.list())
    expect(error).toBeInstanceOf(AuraApiError)
    expect(error).toMatchObject({
      api: 'aura',
      status,
      code,
      message: `Injected fault: HTTP ${status}`,
      requestId: expect.stringMatching(/^req_/),
    })
  })

  test('a 500 on get and on create', async () => {
    const aura = auraWith({ 'x-mock-status': '500' })
    const lead = server.api.db.leads[0]
    expect(await captureError(aura.leads.get(lead?.id ?? ''))).toMatchObject({ status: 500 })
    expect(await captureError(aura.calls.get(server.api.db.calls[0]?.id ?? ''))).toMatchObject({
      status: 500,
    })
    const before = server.api.db.leads.length
    expect(await captureError(aura.leads.create({ email: 'fault@example.com' }))).toMatchObject({
      status: 500,
      code: 'INTERNAL_ERROR',
    })
    expect(server.api.db.leads).toHaveLength(before)
  })
})

describe('malformed JSON → AuraResponseError', () => {
  test.each([
    { name: 'leads.list', call: (aura: AuraClient) => aura.leads.list() },
    {
      name: 'leads.get',
      call: (aura: AuraClient) => aura.leads.get(server.api.db.leads[1]?.id ?? ''),
    },
    { name: 'calls.list', call: (aura: AuraClient) => aura.calls.list({ limit: 5 }) },
  ])('Aura $name', async ({ call }) => {
    const error = await captureError(call(auraWith({ 'x-mock-malformed': '1' })))
    expect(error).toBeInstanceOf(AuraResponseError)
    expect(error).toMatchObject({
      status: 200,
      path: '',
      requestId: expect.stringMatching(/^req_/),
    })
    expect((error as Error).message).toContain('not JSON')
  })

  test('Octanist leads.list', async () => {
    const error = await captureError(octanistWith({ 'x-mock-malformed': '1' }).leads.list())
    expect(error).toBeInstanceOf(AuraResponseError)
    expect(error).toMatchObject({ status: 200, path: '' })
  })

  test('a malformed page in the middle stops all()', async () => {
    server.api.setFaults([{ path: '/v1/leads', method: 'GET', nth: 2, malformed: true }])
    const { yielded, error } = await drain(auraWith().leads.all({ limit: 50 }))
    expect(error).toBeInstanceOf(AuraResponseError)
    expect(yielded.map((lead) => lead.id)).toEqual(
      server.api.db.leads.slice(0, 50).map((lead) => lead.id),
    )
  })
})

describe('a server that repeats a page → AuraPaginationError from the iterator', () => {
  test('Aura leads: the first page hands back a cursor to itself', async () => {
    const { yielded, error } = await drain(
      auraWith({ 'x-mock-repeat-page': '1' }).leads.pages({ limit: 20 }),
    )
    expect(error).toBeInstanceOf(AuraPaginationError)
    expect(error).toMatchObject({ problem: 'repeated-cursor' })
    // Pages are yielded before their cursor is checked, so the repeat is seen once.
    const [first, second] = yielded.map((page) => page.data.map((lead) => lead.id))
    expect(yielded).toHaveLength(2)
    expect(second).toEqual(first)
  })

  test('Aura calls: a repeated cursor on the third request', async () => {
    server.api.setFaults([{ path: '/v1/calls', method: 'GET', nth: 3, repeatPage: true }])
    const { yielded, error } = await drain(auraWith().calls.pages({ limit: 10 }))
    expect(error).toMatchObject({ name: 'AuraPaginationError', problem: 'repeated-cursor' })
    expect(yielded).toHaveLength(3)
    expect(yielded.slice(0, 2).flatMap((page) => page.data.map((call) => call.id))).toEqual(
      server.api.db.calls.slice(0, 20).map((call) => call.id),
    )
  })

  test('Aura all() surfaces the same error', async () => {
    server.api.setFaults([{ path: '/v1/leads', method: 'GET', nth: 2, repeatPage: true }])
    const { yielded, error } = await drain(auraWith().leads.all({ limit: 25 }))
    expect(error).toBeInstanceOf(AuraPaginationError)
    expect(yielded.map((lead) => lead.id)).toEqual(
      server.api.db.leads.slice(0, 50).map((lead) => lead.id),
    )
  })

  test('Octanist: an empty page that claims more', async () => {
    const { yielded, error } = await drain(
      octanistWith({ 'x-mock-repeat-page': '1' }).leads.pages({ limit: 20 }),
    )
    expect(error).toBeInstanceOf(AuraPaginationError)
    expect(error).toMatchObject({ problem: 'empty-page' })
    expect(yielded).toHaveLength(1)
  })

  test('Octanist: the fault on the third page ends the loop there', async () => {
    server.api.setFaults([{ path: '/api/leads', method: 'GET', nth: 3, repeatPage: true }])
    const { yielded, error } = await drain(octanistWith().leads.pages({ limit: 20 }))
    expect(error).toMatchObject({ problem: 'empty-page' })
    expect(yielded.map((page) => page.pagination.page)).toEqual([1, 2, 3])
  })
})

describe('pages that skip nothing and loop nowhere', () => {
  test('Aura: an empty page with a new cursor is followed, and all() still gets every lead', async () => {
    server.api.setFaults([{ path: '/v1/leads', method: 'GET', nth: 2, emptyPage: true }])
    const pages = await collect(auraWith().leads.pages({ limit: 50 }))
    expect(pages.map((page) => page.data.length)).toEqual([50, 0, 50, 50, 50, 50, 50])
    expect(pages.flatMap((page) => page.data.map((lead) => lead.id))).toEqual(
      server.api.db.leads.map((lead) => lead.id),
    )
  })

  test('Aura: an empty page that hands back its own cursor stops as a repeated cursor', async () => {
    server.api.setFaults([
      { path: '/v1/calls', method: 'GET', nth: 2, emptyPage: true, repeatPage: true },
    ])
    const { yielded, error } = await drain(auraWith().calls.pages({ limit: 40 }))
    expect(error).toBeInstanceOf(AuraPaginationError)
    expect(error).toMatchObject({ problem: 'repeated-cursor' })
    expect(yielded.map((page) => page.data.length)).toEqual([40, 0])
  })

  test('Aura: all() yields each lead once when pages overlap', async () => {
    server.api.setFaults([{ path: '/v1/leads', method: 'GET', overlapRows: 5 }])
    const pages = await collect(auraWith().leads.pages({ limit: 50 }))
    const pageIds = pages.flatMap((page) => page.data.map((lead) => lead.id))
    expect(new Set(pageIds).size).toBeLessThan(pageIds.length)
    const leads = await collect(auraWith().leads.all({ limit: 50 }))
    expect(leads.map((lead) => lead.id)).toEqual(server.api.db.leads.map((lead) => lead.id))
  })

  test('Octanist: all() yields each lead once when pages overlap', async () => {
    server.api.setFaults([{ path: '/api/leads', method: 'GET', overlapRows: 3 }])
    const rows = await collect(octanistWith().leads.all({ limit: 50 }))
    const ids = rows.map((lead) => lead.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set(server.api.db.octanistLeads.map((lead) => lead.id)))
  })
})
