import { REFERENCE_DATE, REFERENCE_TIME, type OctanistLead as StoredLead } from '@aura-kit/mock-api'
import { type MockServer, startMockServer } from '@aura-kit/mock-api/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createOctanistClient,
  type OctanistClient,
  type OctanistLeadQuery,
  type OctanistSort,
} from '../src/index.ts'
import { collect } from './support/collect.ts'
import { compareOctanist, octanistDefaultOrder } from './support/octanistOrder.ts'

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

const sortCases: Array<{ name: string; sort: OctanistLeadQuery['sort']; order: OctanistSort[] }> = [
  {
    name: 'status asc, then value desc',
    sort: [
      { field: 'status', direction: 'asc' },
      { field: 'value', direction: 'desc' },
    ],
    order: [
      { field: 'status', direction: 'asc' },
      { field: 'value', direction: 'desc' },
    ],
  },
  {
    name: 'status asc, then createdAt desc',
    sort: [
      { field: 'status', direction: 'asc' },
      { field: 'createdAt', direction: 'desc' },
    ],
    order: [
      { field: 'status', direction: 'asc' },
      { field: 'createdAt', direction: 'desc' },
    ],
  },
  {
    name: 'a single pair as a string: name desc',
    sort: 'name:desc',
    order: [{ field: 'name', direction: 'desc' }],
  },
  {
    name: 'qualifiedAt desc (nulls last)',
    sort: [{ field: 'qualifiedAt', direction: 'desc' }],
    order: [{ field: 'qualifiedAt', direction: 'desc' }],
  },
  {
    name: 'value asc (nulls last), then name asc',
    sort: [
      { field: 'value', direction: 'asc' },
      { field: 'name', direction: 'asc' },
    ],
    order: [
      { field: 'value', direction: 'asc' },
      { field: 'name', direction: 'asc' },
    ],
  },
  {
    name: 'email desc',
    sort: [{ field: 'email', direction: 'desc' }],
    order: [{ field: 'email', direction: 'desc' }],
  },
  {
    name: 'updatedAt asc',
    sort: [{ field: 'updatedAt', direction: 'asc' }],
    order: [{ field: 'updatedAt', direction: 'asc' }],
  },
  {
    name: 'legacy updated_at:desc',
    sort: 'updated_at:desc',
    order: [{ field: 'updatedAt', direction: 'desc' }],
  },
]

describe('Octanist sort', () => {
  test.each(sortCases)('$name, across pages', async ({ sort, order }) => {
    const rows = await collect(octanist.leads.all({ sort, limit: 100 }))
    expect(new Set(rows.map((lead) => lead.id)).size).toBe(stored().length)
    for (let index = 1; index < rows.length; index++) {
      const previous = rows[index - 1] ?? {}
      const current = rows[index] ?? {}
      expect(compareOctanist(previous, current, order)).toBeLessThanOrEqual(0)
    }
  })

  test('the default is createdAt desc', async () => {
    const rows = await collect(octanist.leads.all({ limit: 100 }))
    expect(rows.map((lead) => lead.id)).toEqual(
      [...stored()].sort(octanistDefaultOrder).map((lead) => lead.id),
    )
  })

  test('legacy updated_at:desc gives the same order as updatedAt:desc', async () => {
    const legacy = await collect(octanist.leads.all({ sort: 'updated_at:desc', limit: 100 }))
    const current = await collect(
      octanist.leads.all({ sort: [{ field: 'updatedAt', direction: 'desc' }], limit: 100 }),
    )
    expect(legacy.map((lead) => lead.id)).toEqual(current.map((lead) => lead.id))
  })

  test('legacy updated_after gives the same rows as updatedAt[gte]', async () => {
    const legacy = await collect(octanist.leads.all({ updated_after: MAR, limit: 100 }))
    const current = await collect(octanist.leads.all({ updatedAt: { gte: MAR }, limit: 100 }))
    expect(legacy.length).toBeGreaterThan(0)
    expect(legacy.map((lead) => lead.id)).toEqual(current.map((lead) => lead.id))
  })
})

function searchMatches(term: string, lead: StoredLead): boolean {
  const needle = term.toLowerCase()
  return [lead.name, lead.email, lead.phone].some((text) => text?.toLowerCase().includes(needle))
}

describe('Octanist search', () => {
  test.each(['kestrel', 'KESTREL', '+44', 'Chen', 'no-such-text'])(
    'search %s covers name, email and phone, case-insensitively',
    async (term) => {
      const rows = await collect(octanist.leads.all({ search: term, limit: 100 }))
      const expected = stored().filter((lead) => searchMatches(term, lead))
      expect(rows.map((lead) => lead.id)).toEqual(
        expected.sort(octanistDefaultOrder).map((lead) => lead.id),
      )
    },
  )

  test('search combines with filters', async () => {
    const rows = await collect(octanist.leads.all({ search: 'gmail', status: 'open', limit: 100 }))
    const expected = stored().filter(
      (lead) => lead.status === 'open' && searchMatches('gmail', lead),
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((lead) => lead.id).sort()).toEqual(expected.map((lead) => lead.id).sort())
  })
})

describe('Octanist field selection', () => {
  test('only id and the selected keys come back', async () => {
    const page = await octanist.leads.list({
      fields: ['name', 'email', 'status', 'value'],
      limit: 100,
    })
    expect(page.data).toHaveLength(100)
    for (const row of page.data) {
      expect(Object.keys(row).sort()).toEqual(['email', 'id', 'name', 'status', 'value'])
      const original = storedById(row.id)
      expect(row).toEqual({
        id: original?.id,
        name: original?.name,
        email: original?.email,
        status: original?.status,
        value: original?.value,
      })
    }
  })

  test('selecting id explicitly, with a filter on another field', async () => {
    const rows = await collect(
      octanist.leads.all({ fields: ['id', 'gclid'], gclid: { exists: true }, limit: 100 }),
    )
    expect(rows.length).toBe(stored().filter((lead) => lead.gclid !== null).length)
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['gclid', 'id'])
      expect(row.gclid).toBe(storedById(row.id)?.gclid)
    }
  })
})

describe('Octanist pagination meta', () => {
  test('a middle page: limit, page, total, totalPages, hasMore', async () => {
    const won = stored()
      .filter((lead) => lead.status === 'won')
      .sort(octanistDefaultOrder)
    const page = await octanist.leads.list({ status: 'won', limit: 7, page: 3 })
    const totalPages = Math.ceil(won.length / 7)
    expect(page.pagination).toEqual({
      limit: 7,
      page: 3,
      total: won.length,
      totalPages,
      hasMore: true,
    })
    expect(page.data.map((lead) => lead.id)).toEqual(won.slice(14, 21).map((lead) => lead.id))
    expect(page.timestamp).toBe(REFERENCE_DATE)
  })

  test('the last page says hasMore false; a page past the end is empty', async () => {
    const won = stored().filter((lead) => lead.status === 'won')
    const totalPages = Math.ceil(won.length / 7)
    const last = await octanist.leads.list({ status: 'won', limit: 7, page: totalPages })
    expect(last.pagination.hasMore).toBe(false)
    expect(last.data).toHaveLength(won.length - 7 * (totalPages - 1))
    const beyond = await octanist.leads.list({ status: 'won', limit: 7, page: totalPages + 1 })
    expect(beyond.data).toEqual([])
    expect(beyond.pagination).toMatchObject({ page: totalPages + 1, hasMore: false })
  })

  test('no matches: total 0, totalPages 0, hasMore false', async () => {
    const page = await octanist.leads.list({ search: 'no-such-text' })
    expect(page.data).toEqual([])
    expect(page.pagination).toEqual({ limit: 50, page: 1, total: 0, totalPages: 0, hasMore: false })
  })

  test('pages() starts at the given page and numbers every page after it', async () => {
    const pages = await collect(octanist.leads.pages({ limit: 100, page: 2 }))
    expect(pages.map((page) => page.pagination.page)).toEqual([2, 3, 4, 5, 6])
    expect(pages.flatMap((page) => page.data.map((lead) => lead.id))).toEqual(
      [...stored()]
        .sort(octanistDefaultOrder)
        .slice(100)
        .map((lead) => lead.id),
    )
  })
})
