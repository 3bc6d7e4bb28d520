import {
  HOSTILE_LEAD_IDS,
  HOSTILE_OCTANIST_LEAD_IDS,
  REFERENCE_DATE,
  REFERENCE_TIME,
} from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  type AuraClient,
  createAuraClient,
  createOctanistClient,
  type OctanistClient,
} from '../src/index.ts'

let server: MockServer
let aura: AuraClient
let octanist: OctanistClient

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 600, calls: 300, octanistLeads: 600 },
    now: () => REFERENCE_TIME,
    rateLimit: { perMinute: 1000 },
  })
  aura = createAuraClient({ baseUrl: server.url, apiKey: 'aura_pk_live_contract' })
  octanist = createOctanistClient({ baseUrl: `${server.url}/api`, apiKey: 'octanist-contract' })
})

afterAll(async () => {
  await server.close()
})

describe('GET /health', () => {
  // The client has no health method; the route is checked over the same HTTP server.
  test('answers without credentials', async () => {
    const response = await fetch(`${server.url}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      success: true,
      data: { status: 'ok', timestamp: REFERENCE_DATE },
    })
  })
})

describe('Aura leads', () => {
  test('list: the first page at the documented default limit of 50, newest first', async () => {
    const page = await aura.leads.list()
    expect(page.data).toEqual(server.api.db.leads.slice(0, 50))
    expect(page.hasMore).toBe(true)
    expect(page.nextCursor).toEqual(expect.any(String))
    expect(page.requestId).toMatch(/^req_[0-9a-f]+$/)
    expect(page.rateLimit).toEqual({
      limit: 1000,
      remaining: expect.any(Number),
      resetAt: new Date(REFERENCE_TIME + 60_000),
    })
  })

  test('list: hostile records pass the client schemas unchanged', async () => {
    const page = await aura.leads.list({ limit: 50 })
    for (const id of Object.values(HOSTILE_LEAD_IDS)) {
      expect(page.data.find((lead) => lead.id === id)).toEqual(server.api.db.findLead(id))
    }
  })

  test('get: one lead, identical to the stored one, extra keys kept', async () => {
    const stored = server.api.db.leads[100]
    expect(stored).toBeDefined()
    const { data, requestId, rateLimit } = await aura.leads.get(stored?.id ?? '')
    expect(data).toEqual(stored)
    expect(data.assigned_to_id).toBe(stored?.assigned_to_id)
    expect(requestId).toMatch(/^req_/)
    expect(rateLimit?.limit).toBe(1000)
  })

  test('a base URL with a trailing slash reaches the same routes', async () => {
    const slashed = createAuraClient({ baseUrl: `${server.url}/`, apiKey: 'k' })
    const page = await slashed.leads.list({ limit: 3 })
    expect(page.data.map((lead) => lead.id)).toEqual(
      server.api.db.leads.slice(0, 3).map((lead) => lead.id),
    )
  })
})

describe('Aura calls', () => {
  test('list: default page of 50 with absolute recording URLs and status for legacy rows', async () => {
    const page = await aura.calls.list()
    const stored = server.api.db.calls.slice(0, 50)
    expect(page.data.map((call) => call.id)).toEqual(stored.map((call) => call.id))
    expect(page.hasMore).toBe(true)
    for (const [index, call] of page.data.entries()) {
      const original = stored[index]
      expect(call.status).toBe(original?.status ?? original?.outcome)
      expect(call.recording_url).toBe(
        original?.recording_url ? new URL(original.recording_url, server.url).href : null,
      )
    }
  })

  test('list: a call that only has the legacy outcome reads as status', async () => {
    const legacy = server.api.db.calls.find((call) => call.status === undefined)
    expect(legacy?.outcome).toEqual(expect.any(String))
    const { data } = await aura.calls.get(legacy?.id ?? '')
    expect(data.status).toBe(legacy?.outcome)
    expect(data.outcome).toBe(legacy?.outcome)
  })

  test('get: one call with its transcript inline', async () => {
    const stored = server.api.db.calls.find((call) => call.has_recording)
    const { data } = await aura.calls.get(stored?.id ?? '')
    expect(data.id).toBe(stored?.id)
    expect(data.recording_url).toBe(`${server.url}/media/recordings/${stored?.id}.wav`)
    expect(data.transcript_data?.segments?.length).toBeGreaterThan(0)
    expect(data.transcript_data).toEqual(stored?.transcript_data)
  })
})

describe('Octanist leads', () => {
  test('list: default page 1 of 50, createdAt desc, with pagination meta', async () => {
    const page = await octanist.leads.list()
    const expected = [...server.api.db.octanistLeads]
      .sort((left, right) =>
        left.createdAt === right.createdAt
          ? left.id.localeCompare(right.id)
          : left.createdAt > right.createdAt
            ? -1
            : 1,
      )
      .slice(0, 50)
    expect(page.data).toEqual(expected)
    expect(page.pagination).toEqual({
      limit: 50,
      page: 1,
      totalPages: 12,
      total: 600,
      hasMore: true,
    })
    expect(page.timestamp).toBe(REFERENCE_DATE)
    expect(page.requestId).toMatch(/^req_/)
    // Octanist has no rate limits, so there are no X-RateLimit headers to read.
    expect(page.rateLimit).toBeNull()
  })

  test('list: hostile Octanist leads pass the client schema unchanged', async () => {
    const page = await octanist.leads.list({ limit: 20 })
    for (const id of Object.values(HOSTILE_OCTANIST_LEAD_IDS)) {
      expect(page.data.find((lead) => lead.id === id)).toEqual(
        server.api.db.octanistLeads.find((lead) => lead.id === id),
      )
    }
  })
})
