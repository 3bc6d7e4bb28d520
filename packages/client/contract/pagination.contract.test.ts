import { DEFAULT_COUNTS } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  type AuraClient,
  createAuraClient,
  createOctanistClient,
  type OctanistClient,
} from '../src/index.ts'
import { collect } from './support/collect.ts'
import { octanistDefaultOrder } from './support/octanistOrder.ts'
import { recordingFetch } from './support/recordingFetch.ts'

// The full default dataset: 5,000 leads, 2,000 calls, 5,000 Octanist leads.
let server: MockServer
let aura: AuraClient
let octanist: OctanistClient

beforeAll(async () => {
  server = await startMockServer({ rateLimit: false })
  aura = createAuraClient({ baseUrl: server.url, apiKey: 'aura_pk_live_contract' })
  octanist = createOctanistClient({ baseUrl: `${server.url}/api`, apiKey: 'octanist-contract' })
})

afterAll(async () => {
  await server.close()
})

function expectEachOnce(ids: string[], expected: string[]): void {
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toEqual(expected)
}

describe('Aura leads, the whole default dataset', () => {
  test('the dataset is the documented default size', () => {
    expect(server.api.db.leads).toHaveLength(DEFAULT_COUNTS.leads)
  })

  test('pages() at limit 100: 50 full pages, every lead once, in list order', async () => {
    const pages = await collect(aura.leads.pages({ limit: 100 }))
    expect(pages).toHaveLength(50)
    expect(pages.every((page) => page.data.length === 100)).toBe(true)
    expect(pages.map((page) => page.hasMore)).toEqual([...Array(49).fill(true), false])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    expect(new Set(pages.map((page) => page.nextCursor)).size).toBe(50)
    expectEachOnce(
      pages.flatMap((page) => page.data.map((lead) => lead.id)),
      server.api.db.leads.map((lead) => lead.id),
    )
  })

  test('all() yields every lead once', async () => {
    const leads = await collect(aura.leads.all({ limit: 100 }))
    expectEachOnce(
      leads.map((lead) => lead.id),
      server.api.db.leads.map((lead) => lead.id),
    )
  })

  test('pages() resumes from a cursor handed out earlier', async () => {
    const first = await aura.leads.list({ limit: 100 })
    const rest = await collect(aura.leads.pages({ limit: 100, cursor: first.nextCursor }))
    expect(rest).toHaveLength(49)
    expectEachOnce(
      [...first.data, ...rest.flatMap((page) => page.data)].map((lead) => lead.id),
      server.api.db.leads.map((lead) => lead.id),
    )
  })

  test('breaking out of all() stops fetching', async () => {
    const recorder = recordingFetch()
    const client = createAuraClient({ baseUrl: server.url, apiKey: 'k', fetch: recorder.fetch })
    const seen: string[] = []
    for await (const lead of client.leads.all({ limit: 100 })) {
      seen.push(lead.id)
      if (seen.length === 150) {
        break
      }
    }
    expect(seen).toEqual(server.api.db.leads.slice(0, 150).map((lead) => lead.id))
    expect(recorder.sent).toHaveLength(2)
  })
})

describe('Aura calls, the whole default dataset', () => {
  test('all() at limit 100 yields every call once, in list order', async () => {
    const calls = await collect(aura.calls.all({ limit: 100 }))
    expect(calls).toHaveLength(DEFAULT_COUNTS.calls)
    expectEachOnce(
      calls.map((call) => call.id),
      server.api.db.calls.map((call) => call.id),
    )
  })

  test('pages() at the default limit of 50', async () => {
    const pages = await collect(aura.calls.pages())
    expect(pages).toHaveLength(DEFAULT_COUNTS.calls / 50)
    expectEachOnce(
      pages.flatMap((page) => page.data.map((call) => call.id)),
      server.api.db.calls.map((call) => call.id),
    )
  })
})

describe('Octanist leads, the whole default dataset', () => {
  test('pages() at limit 100: pages 1..50 with consistent meta, every lead once', async () => {
    const pages = await collect(octanist.leads.pages({ limit: 100 }))
    expect(pages.map((page) => page.pagination.page)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    )
    for (const page of pages) {
      expect(page.pagination).toMatchObject({ limit: 100, total: 5000, totalPages: 50 })
      expect(page.pagination.hasMore).toBe(page.pagination.page < 50)
    }
    expectEachOnce(
      pages.flatMap((page) => page.data.map((lead) => lead.id)),
      [...server.api.db.octanistLeads].sort(octanistDefaultOrder).map((lead) => lead.id),
    )
  })

  test('all() with a filter yields each match once, and the count matches the db', async () => {
    const rows = await collect(octanist.leads.all({ status: ['won', 'lost'], limit: 100 }))
    const expected = server.api.db.octanistLeads.filter(
      (lead) => lead.status === 'won' || lead.status === 'lost',
    )
    expect(rows).toHaveLength(expected.length)
    expect(new Set(rows.map((lead) => lead.id))).toEqual(new Set(expected.map((lead) => lead.id)))
  })
})
