import {
  BOOKING_LINKS,
  CALL_STATUSES,
  CLERK_USERS,
  CLOSER_IDS,
  LEAD_STATUSES,
  REFERENCE_TIME,
  SETTER_IDS,
} from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  type AuraClient,
  type CallListParams,
  type CursorPage,
  createAuraClient,
  type LeadListParams,
} from '../src/index.ts'
import { collect } from './support/collect.ts'
import { newestFirst } from './support/newestFirst.ts'

// Seeded calls are scheduled up to a month after REFERENCE_DATE; a clock two weeks before it
// leaves both upcoming and past calls.
const NOW = REFERENCE_TIME - 14 * 86_400_000
const UNUSED_UUID = '00000000-0000-4000-8000-000000000000'
const UNUSED_USER = 'user_nobody0000'

let server: MockServer
let aura: AuraClient

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 600, calls: 300, octanistLeads: 0 },
    now: () => NOW,
    rateLimit: false,
  })
  aura = createAuraClient({ baseUrl: server.url, apiKey: 'aura_pk_live_contract' })
})

afterAll(async () => {
  await server.close()
})

/** Fields both the client's Lead and the mock's stored lead have. */
interface LeadLike {
  status?: string | null
  source?: { utm_source?: string | null } | null
  assigned_to_id?: unknown
}

/** Fields both the client's Call and the mock's stored call have. */
interface CallLike {
  status?: string | null
  outcome?: string | null
  lead_id?: string | null
  closer_id?: string | null
  setter_id?: string | null
  booking_link_id?: string | null
  scheduled_at?: string | null
}

type LeadFilter = Omit<LeadListParams, 'limit' | 'cursor'>
type CallFilter = Omit<CallListParams, 'limit' | 'cursor'>

/** What each documented filter means (`source` is the lead's `source.utm_source`). */
function leadMatches(filter: LeadFilter, lead: LeadLike): boolean {
  return (
    (filter.status == null || lead.status === filter.status) &&
    (filter.source == null || lead.source?.utm_source === filter.source) &&
    (filter.assignedToId == null || lead.assigned_to_id === filter.assignedToId)
  )
}

/** `status` also matches the legacy `outcome`; `isUpcoming` compares `scheduled_at` with now. */
function callMatches(filter: CallFilter, call: CallLike): boolean {
  const upcoming = Date.parse(call.scheduled_at ?? '') > NOW
  return (
    (filter.status == null || (call.status ?? call.outcome) === filter.status) &&
    (filter.leadId == null || call.lead_id === filter.leadId) &&
    (filter.closerId == null || call.closer_id === filter.closerId) &&
    (filter.setterId == null || call.setter_id === filter.setterId) &&
    (filter.bookingLinkId == null || call.booking_link_id === filter.bookingLinkId) &&
    (filter.isUpcoming == null || upcoming === filter.isUpcoming)
  )
}

function expectWellFormedPages<T>(pages: CursorPage<T>[], limit: number): void {
  for (const [index, page] of pages.entries()) {
    const isLast = index === pages.length - 1
    expect(page.data.length).toBeLessThanOrEqual(limit)
    expect(page.hasMore).toBe(!isLast)
    expect(page.nextCursor === null).toBe(isLast)
    if (!isLast) {
      expect(page.data).toHaveLength(limit)
    }
  }
}

const statuses = LEAD_STATUSES.map((status) => ({ status }))
const sources = ['google', 'facebook', 'newsletter', 'yandex', 'no-such-source'].map((source) => ({
  source,
}))
const assignees = [...CLERK_USERS.map((user) => user.id), UNUSED_USER].map((assignedToId) => ({
  assignedToId,
}))
const leadCases: Array<{ filter: LeadFilter; limit: number }> = [
  ...[...statuses, ...sources, ...assignees].map((filter) => ({ filter, limit: 100 })),
  { filter: { status: 'new', source: 'google' }, limit: 7 },
  { filter: { status: 'qualified', assignedToId: CLERK_USERS[0]?.id }, limit: 3 },
  { filter: { source: 'facebook', assignedToId: CLERK_USERS[5]?.id }, limit: 100 },
  { filter: { status: 'new', source: 'google', assignedToId: CLERK_USERS[5]?.id }, limit: 1 },
  { filter: { status: 'contacted', source: 'linkedin', assignedToId: UNUSED_USER }, limit: 10 },
  { filter: { status: 'archived' }, limit: 50 },
]

describe('Aura lead filters', () => {
  test.each(leadCases)('$filter (limit $limit)', async ({ filter, limit }) => {
    const expected = server.api.db.leads.filter((lead) => leadMatches(filter, lead))
    const pages = await collect(aura.leads.pages({ ...filter, limit }))
    const rows = pages.flatMap((page) => page.data)

    expect(rows.every((lead) => leadMatches(filter, lead))).toBe(true)
    expect(rows).toHaveLength(expected.length)
    expect(rows.map((lead) => lead.id)).toEqual(expected.map((lead) => lead.id))
    expect([...rows].sort(newestFirst)).toEqual(rows)
    expectWellFormedPages(pages, limit)
  })

  test('all three filters, taken from one stored lead, find that lead', async () => {
    const stored = server.api.db.leads.find(
      (lead) => lead.assigned_to_id !== null && lead.source?.utm_source != null,
    )
    const filter: LeadFilter = {
      status: stored?.status,
      source: stored?.source?.utm_source,
      assignedToId: stored?.assigned_to_id,
    }
    const rows = await collect(aura.leads.all(filter))
    expect(rows.map((lead) => lead.id)).toContain(stored?.id)
    expect(rows.every((lead) => leadMatches(filter, lead))).toBe(true)
    expect(rows).toHaveLength(
      server.api.db.leads.filter((lead) => leadMatches(filter, lead)).length,
    )
  })

  test('the single-filter cases are not vacuous', () => {
    const db = server.api.db.leads
    for (const filter of [...statuses, ...assignees.slice(0, -1), ...sources.slice(0, 3)]) {
      expect(db.filter((lead) => leadMatches(filter, lead)).length).toBeGreaterThan(0)
    }
  })
})

/** Stands for the lead with the most calls, found once the server holds its data. */
const BUSIEST_LEAD = 'busiest-lead'

function busiestLead(): string {
  const counts = new Map<string, number>()
  for (const call of server.api.db.calls) {
    counts.set(call.lead_id, (counts.get(call.lead_id) ?? 0) + 1)
  }
  const [top] = [...counts.entries()].sort((left, right) => right[1] - left[1])
  return top?.[0] ?? UNUSED_UUID
}

function resolveFilter(filter: CallFilter): CallFilter {
  return filter.leadId === BUSIEST_LEAD ? { ...filter, leadId: busiestLead() } : filter
}

const [closer = '', otherCloser = ''] = CLOSER_IDS
const [setter = '', otherSetter = ''] = SETTER_IDS
const [link, otherLink] = BOOKING_LINKS

/** One filter value at a time; each selects at least one stored call. */
const singleCallFilters: CallFilter[] = [
  ...CALL_STATUSES.map((status) => ({ status })),
  { leadId: BUSIEST_LEAD },
  ...CLOSER_IDS.map((closerId) => ({ closerId })),
  ...SETTER_IDS.map((setterId) => ({ setterId })),
  ...BOOKING_LINKS.map((bookingLink) => ({ bookingLinkId: bookingLink.id })),
  { isUpcoming: true },
  { isUpcoming: false },
]

const callCases: Array<{ filter: CallFilter; limit: number }> = [
  ...singleCallFilters.map((filter) => ({ filter, limit: 100 })),
  { filter: { leadId: UNUSED_UUID }, limit: 100 },
  { filter: { status: 'no-such-status' }, limit: 100 },
  { filter: { closerId: closer, isUpcoming: true }, limit: 5 },
  { filter: { closerId: otherCloser, isUpcoming: false }, limit: 100 },
  { filter: { status: 'completed', closerId: closer, setterId: setter }, limit: 4 },
  { filter: { status: 'scheduled', setterId: otherSetter, isUpcoming: true }, limit: 3 },
  { filter: { bookingLinkId: link?.id, isUpcoming: false }, limit: 9 },
  { filter: { bookingLinkId: otherLink?.id, closerId: otherCloser, setterId: setter }, limit: 2 },
  { filter: { leadId: BUSIEST_LEAD, isUpcoming: false }, limit: 1 },
]

describe('Aura call filters', () => {
  test.each(callCases)('$filter (limit $limit)', async ({ filter: given, limit }) => {
    const filter = resolveFilter(given)
    const expected = server.api.db.calls.filter((call) => callMatches(filter, call))
    const pages = await collect(aura.calls.pages({ ...filter, limit }))
    const rows = pages.flatMap((page) => page.data)

    expect(rows.every((call) => callMatches(filter, call))).toBe(true)
    expect(rows).toHaveLength(expected.length)
    expect(rows.map((call) => call.id)).toEqual(expected.map((call) => call.id))
    expectWellFormedPages(pages, limit)
  })

  test('all six filters, taken from one stored call, find that call', async () => {
    const stored = server.api.db.calls.find(
      (call) => call.setter_id !== null && call.booking_link_id !== null,
    )
    const filter: CallFilter = {
      status: stored?.status ?? stored?.outcome,
      leadId: stored?.lead_id,
      closerId: stored?.closer_id,
      setterId: stored?.setter_id,
      bookingLinkId: stored?.booking_link_id,
      isUpcoming: Date.parse(stored?.scheduled_at ?? '') > NOW,
    }
    const rows = await collect(aura.calls.all(filter))
    expect(rows.map((call) => call.id)).toContain(stored?.id)
    expect(rows.every((call) => callMatches(filter, call))).toBe(true)
    expect(rows).toHaveLength(
      server.api.db.calls.filter((call) => callMatches(filter, call)).length,
    )
  })

  test('upcoming and past partition the calls, and both are non-empty', async () => {
    const upcoming = await collect(aura.calls.all({ isUpcoming: true, limit: 100 }))
    const past = await collect(aura.calls.all({ isUpcoming: false, limit: 100 }))
    expect(upcoming.length).toBeGreaterThan(0)
    expect(past.length).toBeGreaterThan(0)
    expect(upcoming.length + past.length).toBe(server.api.db.calls.length)
    expect(upcoming.every((call) => Date.parse(call.scheduled_at ?? '') > NOW)).toBe(true)
    expect(past.every((call) => Date.parse(call.scheduled_at ?? '') <= NOW)).toBe(true)
  })

  test('status matches calls that only carry the legacy outcome', async () => {
    const legacy = server.api.db.calls.filter((call) => call.status === undefined)
    expect(legacy.length).toBeGreaterThan(0)
    for (const call of legacy) {
      const rows = await collect(aura.calls.all({ status: call.outcome, limit: 100 }))
      expect(rows.map((row) => row.id)).toContain(call.id)
    }
  })

  test('each single filter selects something, so the cases are not vacuous', () => {
    const db = server.api.db.calls
    for (const filter of singleCallFilters.map(resolveFilter)) {
      expect(
        db.filter((call) => callMatches(filter, call)).length,
        JSON.stringify(filter),
      ).toBeGreaterThan(0)
    }
  })
})
