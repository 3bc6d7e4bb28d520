import { describe, expect, test } from 'vitest'
import { createMockApi, type MockApi, type MockApiOptions } from '../createMockApi.ts'
import type { AuraCall } from '../data/callTypes.ts'
import type { AuraLead } from '../data/leadTypes.ts'
import type { OctanistLead } from '../data/octanistTypes.ts'
import { parseFaults, readFaultOverrides } from '../http/faults.ts'
import { auraJson, ORIGIN, octanistJson } from '../test-utils/requests.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'

const counts = { leads: 95, calls: 60, octanistLeads: 95 }
const make = (options: MockApiOptions = {}) =>
  createMockApi({ counts, rateLimit: false, ...options })
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id)

interface Walk {
  /** Every page's ids, in request order. */
  pages: string[][]
  cursors: (string | null)[]
  /** How the loop ended: the server said no more, or it handed back a cursor seen before. */
  end: 'done' | 'repeated-cursor'
}

/** A client-like loop: follows `next_cursor` while `has_more`, stops on a cursor it has seen. */
async function walk(
  api: MockApi,
  path: string,
  limit: number,
  headers: Record<string, string> = {},
): Promise<Walk> {
  const pages: string[][] = []
  const cursors: (string | null)[] = []
  const seen = new Set<string>()
  let cursor: string | null = null
  for (let request = 0; request < 200; request++) {
    const separator = path.includes('?') ? '&' : '?'
    const query: string = `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`
    const { response, body }: Awaited<ReturnType<typeof auraJson<{ id: string }[]>>> =
      await auraJson<{ id: string }[]>(api, query, { headers })
    expect(response.status).toBe(200)
    pages.push(ids(body.data))
    const next: string | null = body.pagination?.next_cursor ?? null
    cursors.push(next)
    if (body.pagination?.has_more !== true) {
      expect(next).toBeNull()
      return { pages, cursors, end: 'done' }
    }
    if (next === null) {
      throw new Error('has_more without a cursor')
    }
    if (seen.has(next)) {
      return { pages, cursors, end: 'repeated-cursor' }
    }
    seen.add(next)
    cursor = next
  }
  throw new Error('the walk did not end in 200 requests')
}

describe('duplicatePage (Aura)', () => {
  test('answers with the first page of the same query, and a cursor after the real page', async () => {
    const api = make()
    const all = ids(api.db.leads)
    const first = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10')
    const cursor = first.body.pagination?.next_cursor
    const duplicate = await auraJson<AuraLead[]>(api, `/v1/leads?limit=10&cursor=${cursor}`, {
      headers: { 'x-mock-duplicate-page': '1' },
    })
    expect(ids(duplicate.body.data)).toEqual(all.slice(0, 10))
    const next = duplicate.body.pagination?.next_cursor ?? ''
    expect(duplicate.body.pagination?.has_more).toBe(true)
    expect(next).not.toBe(cursor)
    expect(decodeCursor('leads', next).id).toBe(all[19])
    const third = await auraJson<AuraLead[]>(api, `/v1/leads?limit=10&cursor=${next}`)
    expect(ids(third.body.data)).toEqual(all.slice(20, 30))
  })

  test('a client loop ends; it sees the first page twice and misses the rows of the faulty page', async () => {
    const api = make({ faults: [{ path: '/v1/leads', nth: 2, duplicatePage: true }] })
    const all = ids(api.db.leads)
    const { pages, end } = await walk(api, '/v1/leads', 10)
    expect(end).toBe('done')
    expect(pages).toHaveLength(10)
    expect(pages[1]).toEqual(all.slice(0, 10))
    expect(pages.flat()).toEqual([...all.slice(0, 10), ...all.slice(0, 10), ...all.slice(20)])
  })

  test('on the last page the rows are still the first page and the list ends', async () => {
    const api = make()
    const all = ids(api.db.leads)
    const cursor = encodeCursor('leads', api.db.leads[89] as AuraLead)
    const { body } = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=10&cursor=${cursor}&__duplicate-page=1`,
    )
    expect(ids(body.data)).toEqual(all.slice(0, 10))
    expect(body.pagination).toEqual({ has_more: false, next_cursor: null })
  })

  test('applies the query filters to the duplicated page (calls by status)', async () => {
    const api = make()
    const completed = ids(api.db.calls.filter((call) => call.status === 'completed'))
    expect(completed.length).toBeGreaterThan(6)
    const { pages, end } = await walk(api, '/v1/calls?status=completed', 3, {
      'x-mock-duplicate-page': 'true',
    })
    expect(end).toBe('done')
    // Every page holds the first three; the cursor still moves three rows per request.
    expect(pages).toHaveLength(Math.ceil(completed.length / 3))
    for (const page of pages) {
      expect(page).toEqual(completed.slice(0, 3))
    }
  })
})

describe('emptyPage (Aura)', () => {
  test('no rows, has_more, and a new cursor to the same position: nothing is lost', async () => {
    const api = make()
    const all = ids(api.db.leads)
    const first = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10')
    const cursor = first.body.pagination?.next_cursor ?? ''
    const empty = await auraJson<AuraLead[]>(api, `/v1/leads?limit=10&cursor=${cursor}`, {
      headers: { 'x-mock-empty-page': '1' },
    })
    expect(empty.body.data).toEqual([])
    expect(empty.body.pagination?.has_more).toBe(true)
    const next = empty.body.pagination?.next_cursor ?? ''
    expect(next).not.toBe(cursor)
    expect(decodeCursor('leads', next)).toEqual({ ...decodeCursor('leads', cursor), hop: 1 })
    // A second empty page in a row re-issues the position under yet another name.
    const again = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=10&cursor=${next}&__empty-page=1`,
    )
    expect(again.body.pagination?.next_cursor).not.toBe(next)
    const real = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=10&cursor=${again.body.pagination?.next_cursor}`,
    )
    expect(ids(real.body.data)).toEqual(all.slice(10, 20))
  })

  test('on the first request the cursor leads to the first page', async () => {
    const api = make()
    const empty = await auraJson<AuraCall[]>(api, '/v1/calls?limit=5&__empty-page=1')
    expect(empty.body.data).toEqual([])
    expect(empty.body.pagination?.has_more).toBe(true)
    const next = await auraJson<AuraCall[]>(
      api,
      `/v1/calls?limit=5&cursor=${empty.body.pagination?.next_cursor}`,
    )
    expect(ids(next.body.data)).toEqual(ids(api.db.calls.slice(0, 5)))
  })

  test('a client loop ends and sees every row exactly once, around one empty page', async () => {
    const api = make({ faults: [{ path: '/v1/leads', nth: 3, emptyPage: true }] })
    const { pages, end } = await walk(api, '/v1/leads', 20)
    expect(end).toBe('done')
    expect(pages.map((page) => page.length)).toEqual([20, 20, 0, 20, 20, 15])
    expect(pages.flat()).toEqual(ids(api.db.leads))
  })

  test('with repeatPage it hands back the request cursor: the loop a client must catch', async () => {
    const api = make()
    const first = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10')
    const cursor = first.body.pagination?.next_cursor
    const looping = await auraJson<AuraLead[]>(api, `/v1/leads?limit=10&cursor=${cursor}`, {
      headers: { 'x-mock-empty-page': '1', 'x-mock-repeat-page': '1' },
    })
    expect(looping.body.data).toEqual([])
    expect(looping.body.pagination).toEqual({ has_more: true, next_cursor: cursor })
    const loopApi = make({ faults: [{ path: '/v1/leads', emptyPage: true, repeatPage: true }] })
    const { pages, end } = await walk(loopApi, '/v1/leads', 10)
    expect(end).toBe('repeated-cursor')
    expect(pages).toEqual([[], []])
  })
})

describe('overlapRows (Aura)', () => {
  test('the page starts with the last n rows of the previous page, is limit long, cursor moves limit - n', async () => {
    const api = make()
    const all = ids(api.db.leads)
    const first = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10')
    const cursor = first.body.pagination?.next_cursor
    const overlapped = await auraJson<AuraLead[]>(api, `/v1/leads?limit=10&cursor=${cursor}`, {
      headers: { 'x-mock-overlap-rows': '3' },
    })
    expect(ids(overlapped.body.data)).toEqual(all.slice(7, 17))
    const next = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=10&cursor=${overlapped.body.pagination?.next_cursor}`,
    )
    expect(ids(next.body.data)).toEqual(all.slice(17, 27))
  })

  test('the first page is unchanged (there is no previous page)', async () => {
    const api = make()
    const { body } = await auraJson<AuraLead[]>(api, '/v1/leads?limit=10&__overlap-rows=4')
    expect(ids(body.data)).toEqual(ids(api.db.leads.slice(0, 10)))
  })

  test('a client loop ends; every row is seen, n ids twice per later page', async () => {
    const api = make({ faults: [{ path: '/v1/leads', overlapRows: 4 }] })
    const all = ids(api.db.leads)
    const { pages, end } = await walk(api, '/v1/leads', 10)
    expect(end).toBe('done')
    const flat = pages.flat()
    expect(new Set(flat)).toEqual(new Set(all))
    expect(flat).toHaveLength(all.length + 4 * (pages.length - 1))
    expect(pages.slice(0, -1).every((page) => page.length === 10)).toBe(true)
    pages.slice(1).forEach((page, index) => {
      expect(page.slice(0, 4)).toEqual(pages[index]?.slice(-4))
    })
  })

  test('overlap follows the filters and is capped at limit - 1 so paging always advances', async () => {
    const api = make({ faults: [{ path: '/v1/calls', overlapRows: 50 }] })
    const completed = ids(api.db.calls.filter((call) => call.status === 'completed'))
    const { pages, end } = await walk(api, '/v1/calls?status=completed', 3)
    expect(end).toBe('done')
    expect(new Set(pages.flat())).toEqual(new Set(completed))
    pages.slice(1).forEach((page, index) => {
      expect(page.slice(0, 2)).toEqual(pages[index]?.slice(-2))
    })
  })
})

describe('Octanist page faults', () => {
  const api = make()
  const sorted = [...api.db.octanistLeads].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  const all = ids(sorted)

  test('duplicatePage: page N carries page 1 rows under page N, with the normal meta', async () => {
    const { body } = await octanistJson<OctanistLead>(api, '/api/leads?limit=10&page=3', {
      headers: { 'x-mock-duplicate-page': '1' },
    })
    expect(ids(body.data)).toEqual(all.slice(0, 10))
    expect(body.meta.pagination).toEqual({
      limit: 10,
      page: 3,
      totalPages: 10,
      total: 95,
      hasMore: true,
    })
    const last = await octanistJson<OctanistLead>(
      api,
      '/api/leads?limit=10&page=10&__duplicate-page=1',
    )
    expect(ids(last.body.data)).toEqual(all.slice(0, 10))
    expect(last.body.meta.pagination).toMatchObject({ page: 10, hasMore: false })
  })

  test('emptyPage: no rows and hasMore true, even on the last page', async () => {
    const faulty = make({ faults: [{ path: '/api/leads', emptyPage: true }] })
    const { body } = await octanistJson<OctanistLead>(faulty, '/api/leads?limit=10&page=10')
    expect(body.data).toEqual([])
    expect(body.meta.pagination).toEqual({
      limit: 10,
      page: 10,
      totalPages: 10,
      total: 95,
      hasMore: true,
    })
  })

  test('overlapRows: page N starts with the last n rows of page N - 1; page 1 is unchanged', async () => {
    const first = await octanistJson<OctanistLead>(api, '/api/leads?limit=10&__overlap-rows=3')
    expect(ids(first.body.data)).toEqual(all.slice(0, 10))
    const second = await octanistJson<OctanistLead>(api, '/api/leads?limit=10&page=2', {
      headers: { 'x-mock-overlap-rows': '3' },
    })
    expect(ids(second.body.data)).toEqual(all.slice(7, 20))
    expect(second.body.meta.pagination).toMatchObject({ page: 2, hasMore: true, total: 95 })
  })

  test('overlapRows with field selection still starts with the previous rows', async () => {
    const { body } = await octanistJson<OctanistLead>(
      api,
      '/api/leads?limit=5&page=4&fields=name&__overlap-rows=2',
    )
    expect(body.data.map((row) => Object.keys(row))).toEqual(
      Array.from({ length: 7 }, () => ['id', 'name']),
    )
    expect(ids(body.data)).toEqual(all.slice(13, 20))
  })
})

describe('fault keys and overrides', () => {
  test('parseFaults accepts the new keys and rejects bad values', () => {
    const faults = [
      { path: '/v1/leads', duplicatePage: true },
      { emptyPage: false, overlapRows: 2, awkwardData: true },
    ]
    expect(parseFaults(faults)).toEqual(faults)
    for (const bad of [
      { duplicatePage: 'yes' },
      { emptyPage: 1 },
      { overlapRows: 1.5 },
      { overlapRows: -1 },
      { overlapRows: true },
      { awkwardData: 'true' },
    ]) {
      expect(() => parseFaults([bad])).toThrow(/invalid|overlapRows/)
    }
  })

  test('PUT /__mock/faults sets them and the next list request obeys', async () => {
    const api = make()
    const put = await api.handle(
      new Request(`${ORIGIN}/__mock/faults`, {
        method: 'PUT',
        body: JSON.stringify([{ path: '/v1/leads', emptyPage: true, times: 1 }]),
      }),
    )
    expect(put.status).toBe(200)
    expect((await auraJson(api, '/v1/leads?limit=5')).body.data).toEqual([])
    expect((await auraJson(api, '/v1/leads?limit=5')).body.data).toHaveLength(5)
  })

  test('headers and __ params are read; bad overlap values are ignored; params are stripped', () => {
    const headers = new Headers({ 'x-mock-duplicate-page': 'yes', 'x-mock-overlap-rows': '2' })
    const url = new URL(`${ORIGIN}/v1/leads?limit=3&__empty-page=1&__awkward-data=0`)
    const { effect, url: clean } = readFaultOverrides(url, headers)
    expect(effect).toEqual({
      duplicatePage: true,
      emptyPage: true,
      overlapRows: 2,
      awkwardData: false,
    })
    expect(clean.search).toBe('?limit=3')
    for (const value of ['1.5', '-2', 'many']) {
      const read = readFaultOverrides(url, new Headers({ 'x-mock-overlap-rows': value }))
      expect(read.effect.overlapRows).toBeUndefined()
    }
  })

  test('CORS preflight allows the new x-mock-* headers', async () => {
    const api = make()
    const response = await api.handle(new Request(`${ORIGIN}/v1/leads`, { method: 'OPTIONS' }))
    const allowed = response.headers.get('access-control-allow-headers') ?? ''
    for (const name of ['duplicate-page', 'empty-page', 'overlap-rows', 'awkward-data']) {
      expect(allowed).toContain(`x-mock-${name}`)
    }
  })

  test('cursors with a hop of 0, a negative or fractional hop, or five parts are invalid', async () => {
    const api = make()
    const encode = (parts: unknown[]) =>
      btoa(JSON.stringify(parts)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    const lead = api.db.leads[3] as AuraLead
    for (const parts of [
      ['leads', lead.created_at, lead.id, 0],
      ['leads', lead.created_at, lead.id, -1],
      ['leads', lead.created_at, lead.id, 1.5],
      ['leads', lead.created_at, lead.id, 1, 2],
    ]) {
      const { response, body } = await auraJson(api, `/v1/leads?cursor=${encode(parts)}`)
      expect([response.status, body.code]).toEqual([400, 'INVALID_CURSOR'])
    }
    const ok = await auraJson<AuraLead[]>(
      api,
      `/v1/leads?limit=2&cursor=${encode(['leads', lead.created_at, lead.id, 2])}`,
    )
    expect(ids(ok.body.data)).toEqual(ids(api.db.leads.slice(4, 6)))
  })
})
