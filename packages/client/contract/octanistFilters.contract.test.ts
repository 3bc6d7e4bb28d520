import {
  OCTANIST_SOURCES,
  REFERENCE_TIME,
  type OctanistLead as StoredLead,
} from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createOctanistClient,
  OCTANIST_CLICK_ID_FIELDS,
  type OctanistClient,
  type OctanistLeadQuery,
} from '../src/index.ts'
import { collect } from './support/collect.ts'
import { octanistDefaultOrder } from './support/octanistOrder.ts'

const JAN = '2026-01-01T00:00:00.000Z'
const MAR = '2026-03-15T12:00:00.000Z'

let server: MockServer
let octanist: OctanistClient

beforeAll(async () => {
  server = await startMockServer({
    counts: { leads: 10, calls: 10, octanistLeads: 600 },
    now: () => REFERENCE_TIME,
  })
  octanist = createOctanistClient({ baseUrl: `${server.url}/api`, apiKey: 'octanist-contract' })
})

afterAll(async () => {
  await server.close()
})

const stored = (): StoredLead[] => server.api.db.octanistLeads

function storedById(id: string): StoredLead | undefined {
  return stored().find((lead) => lead.id === id)
}

/** ms since epoch, or null for a missing date. */
function time(value: string | null): number | null {
  return value === null ? null : Date.parse(value)
}

function inRange(
  value: number | null,
  range: { gte?: number; gt?: number; lte?: number; lt?: number },
) {
  return (
    value !== null &&
    (range.gte === undefined || value >= range.gte) &&
    (range.gt === undefined || value > range.gt) &&
    (range.lte === undefined || value <= range.lte) &&
    (range.lt === undefined || value < range.lt)
  )
}

interface FilterCase {
  name: string
  query: OctanistLeadQuery
  matches: (lead: StoredLead) => boolean
}

const janMs = Date.parse(JAN)
const marMs = Date.parse(MAR)

const filterCases: FilterCase[] = [
  { name: 'status', query: { status: 'won' }, matches: (lead) => lead.status === 'won' },
  {
    name: 'several statuses',
    query: { status: ['won', 'lost'] },
    matches: (lead) => lead.status === 'won' || lead.status === 'lost',
  },
  ...OCTANIST_SOURCES.map((source) => ({
    name: `source ${source}`,
    query: { source },
    matches: (lead: StoredLead) => lead.source === source,
  })),
  {
    name: 'labelId',
    query: { labelId: 'label_hot' },
    matches: (lead) => lead.labelId === 'label_hot',
  },
  {
    name: 'website',
    query: { website: 'https://www.kestrelanalytics.com' },
    matches: (lead) => lead.website === 'https://www.kestrelanalytics.com',
  },
  {
    name: 'utm_source',
    query: { utm_source: 'google' },
    matches: (lead) => lead.utm_source === 'google',
  },
  {
    name: 'utm_medium',
    query: { utm_medium: 'cpc' },
    matches: (lead) => lead.utm_medium === 'cpc',
  },
  {
    name: 'utm_campaign',
    query: { utm_campaign: 'spring-2026' },
    matches: (lead) => lead.utm_campaign === 'spring-2026',
  },
  { name: 'value equals', query: { value: 10_000 }, matches: (lead) => lead.value === 10_000 },
  {
    name: 'value[gte]',
    query: { value: { gte: 10_000 } },
    matches: (lead) => inRange(lead.value, { gte: 10_000 }),
  },
  {
    name: 'value[gt]',
    query: { value: { gt: 10_000 } },
    matches: (lead) => inRange(lead.value, { gt: 10_000 }),
  },
  {
    name: 'value[lte]',
    query: { value: { lte: 2500 } },
    matches: (lead) => inRange(lead.value, { lte: 2500 }),
  },
  {
    name: 'value[lt]',
    query: { value: { lt: 2500 } },
    matches: (lead) => inRange(lead.value, { lt: 2500 }),
  },
  {
    name: 'value range with a fraction',
    query: { value: { gte: 1234.5, lt: 7500 } },
    matches: (lead) => inRange(lead.value, { gte: 1234.5, lt: 7500 }),
  },
  {
    name: 'createdAt[gte] as a Date',
    query: { createdAt: { gte: new Date(JAN) } },
    matches: (lead) => inRange(time(lead.createdAt), { gte: janMs }),
  },
  {
    name: 'createdAt[gt]',
    query: { createdAt: { gt: JAN } },
    matches: (lead) => inRange(time(lead.createdAt), { gt: janMs }),
  },
  {
    name: 'createdAt[lte]',
    query: { createdAt: { lte: MAR } },
    matches: (lead) => inRange(time(lead.createdAt), { lte: marMs }),
  },
  {
    name: 'createdAt[lt] and [gte], date-only string read as UTC',
    query: { createdAt: { gte: '2026-01-01', lt: MAR } },
    matches: (lead) => inRange(time(lead.createdAt), { gte: janMs, lt: marMs }),
  },
  {
    name: 'createdAt[gte] with a zone offset',
    query: { createdAt: { gte: '2026-01-01T02:00:00+02:00' } },
    matches: (lead) => inRange(time(lead.createdAt), { gte: janMs }),
  },
  // Every lead has both dates, so these match everything.
  { name: 'createdAt[exists]', query: { createdAt: { exists: true } }, matches: () => true },
  { name: 'updatedAt[exists]', query: { updatedAt: { exists: true } }, matches: () => true },
  {
    name: 'updatedAt[gte]',
    query: { updatedAt: { gte: MAR } },
    matches: (lead) => inRange(time(lead.updatedAt), { gte: marMs }),
  },
  {
    name: 'updatedAt[gt] and [lte]',
    query: { updatedAt: { gt: JAN, lte: MAR } },
    matches: (lead) => inRange(time(lead.updatedAt), { gt: janMs, lte: marMs }),
  },
  {
    name: 'updatedAt[lt]',
    query: { updatedAt: { lt: JAN } },
    matches: (lead) => inRange(time(lead.updatedAt), { lt: janMs }),
  },
  {
    name: 'legacy updated_after',
    query: { updated_after: MAR },
    matches: (lead) => inRange(time(lead.updatedAt), { gte: marMs }),
  },
  {
    name: 'qualifiedAt[exists]=true',
    query: { qualifiedAt: { exists: true } },
    matches: (lead) => lead.qualifiedAt !== null,
  },
  {
    name: 'qualifiedAt[exists]=false',
    query: { qualifiedAt: { exists: false } },
    matches: (lead) => lead.qualifiedAt === null,
  },
  {
    name: 'qualifiedAt[gte]',
    query: { qualifiedAt: { gte: JAN } },
    matches: (lead) => inRange(time(lead.qualifiedAt), { gte: janMs }),
  },
  {
    name: 'qualifiedAt[lt] with [exists]',
    query: { qualifiedAt: { lt: MAR, exists: true } },
    matches: (lead) => inRange(time(lead.qualifiedAt), { lt: marMs }),
  },
  ...OCTANIST_CLICK_ID_FIELDS.flatMap((field) =>
    [true, false].map((exists) => ({
      name: `${field}[exists]=${exists}`,
      query: { [field]: { exists } },
      matches: (lead: StoredLead) => (lead[field] !== null) === exists,
    })),
  ),
  {
    name: 'statuses, source, value and a missing click id together',
    query: {
      status: ['open', 'qualified'],
      source: 'gtm',
      value: { gte: 5000 },
      gclid: { exists: false },
    },
    matches: (lead) =>
      (lead.status === 'open' || lead.status === 'qualified') &&
      lead.source === 'gtm' &&
      inRange(lead.value, { gte: 5000 }) &&
      lead.gclid === null,
  },
  {
    name: 'label and a createdAt window',
    query: { labelId: 'label_partner', createdAt: { gte: JAN, lt: MAR } },
    matches: (lead) =>
      lead.labelId === 'label_partner' && inRange(time(lead.createdAt), { gte: janMs, lt: marMs }),
  },
  {
    name: 'UTM pair and qualified',
    query: { utm_source: 'google', utm_medium: 'cpc', qualifiedAt: { exists: true } },
    matches: (lead) =>
      lead.utm_source === 'google' && lead.utm_medium === 'cpc' && lead.qualifiedAt !== null,
  },
  {
    name: 'lost, recently updated, with msclkid but no fbp',
    query: {
      status: 'lost',
      updatedAt: { gte: JAN },
      msclkid: { exists: true },
      fbp: { exists: false },
    },
    matches: (lead) =>
      lead.status === 'lost' &&
      inRange(time(lead.updatedAt), { gte: janMs }) &&
      lead.msclkid !== null &&
      lead.fbp === null,
  },
]

describe('Octanist filters and operators', () => {
  test.each(filterCases)('$name', async ({ query, matches }) => {
    const expected = stored().filter(matches).sort(octanistDefaultOrder)
    const rows = await collect(octanist.leads.all({ ...query, limit: 100 }))

    expect(rows.map((lead) => lead.id)).toEqual(expected.map((lead) => lead.id))
    for (const row of rows) {
      expect(row).toEqual(storedById(row.id))
    }
  })

  test('the single-filter cases are not vacuous and do filter', () => {
    for (const { name, matches } of filterCases) {
      const count = stored().filter(matches).length
      expect(count, name).toBeGreaterThan(0)
      if (!['createdAt[exists]', 'updatedAt[exists]'].includes(name)) {
        expect(count, name).toBeLessThan(stored().length)
      }
    }
  })

  test('comparison operators at the boundary: gte/lte include it, gt/lt exclude it', async () => {
    const pivot = stored().find((lead) => lead.value !== null && lead.qualifiedAt !== null)
    const value = pivot?.value ?? 0
    const createdAt = pivot?.createdAt ?? ''
    const ids = async (query: OctanistLeadQuery) =>
      (await collect(octanist.leads.all({ ...query, limit: 100 }))).map((lead) => lead.id)

    expect(await ids({ value: { gte: value } })).toContain(pivot?.id)
    expect(await ids({ value: { lte: value } })).toContain(pivot?.id)
    expect(await ids({ value: { gt: value } })).not.toContain(pivot?.id)
    expect(await ids({ value: { lt: value } })).not.toContain(pivot?.id)
    expect(await ids({ value })).toContain(pivot?.id)
    expect(await ids({ createdAt: { gte: createdAt } })).toContain(pivot?.id)
    expect(await ids({ createdAt: { lte: createdAt } })).toContain(pivot?.id)
    expect(await ids({ createdAt: { gt: createdAt } })).not.toContain(pivot?.id)
    expect(await ids({ createdAt: { lt: createdAt } })).not.toContain(pivot?.id)
    expect(await ids({ createdAt })).toEqual(
      stored()
        .filter((lead) => lead.createdAt === createdAt)
        .map((lead) => lead.id),
    )
    expect(await ids({ qualifiedAt: pivot?.qualifiedAt ?? '' })).toContain(pivot?.id)
  })

  test('a click id matches by exact value', async () => {
    const withGclid = stored().find((lead) => lead.gclid !== null)
    const rows = await collect(octanist.leads.all({ gclid: withGclid?.gclid ?? '' }))
    expect(rows.map((lead) => lead.id)).toEqual([withGclid?.id])
  })
})
