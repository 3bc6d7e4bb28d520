import { describe, expect, it } from 'vitest'
import type { OctanistLeadQuery } from './buildOctanistQuery.ts'
import { validateOctanistQuery } from './validateOctanistQuery.ts'

function fields(query: unknown): string[] {
  return validateOctanistQuery(query as OctanistLeadQuery).map((issue) => issue.field)
}

describe('validateOctanistQuery', () => {
  it('accepts a query using every part of the grammar', () => {
    const query: OctanistLeadQuery = {
      limit: 100,
      page: 1,
      sort: [
        { field: 'qualifiedAt', direction: 'asc' },
        { field: 'email', direction: 'desc' },
      ],
      search: 'jane',
      fields: ['id', 'name', 'li_fat_id', 'expiresAt'],
      status: ['open', 'qualified', 'won', 'lost'],
      source: 'import',
      labelId: 'l1',
      website: 'https://example.com',
      utm_source: 'a',
      utm_medium: 'b',
      utm_campaign: 'c',
      value: { gte: 0, lt: 1e6 },
      createdAt: { gte: '2026-01-01', lte: new Date() },
      updatedAt: '2026-01-01T10:00:00+02:00',
      qualifiedAt: { exists: false },
      gclid: { exists: true },
      rdt_cid: 'x',
      updated_after: '2026-01-01',
    }
    expect(validateOctanistQuery(query)).toEqual([])
    expect(validateOctanistQuery({})).toEqual([])
    expect(validateOctanistQuery({ sort: 'updated_at:desc' })).toEqual([])
    expect(validateOctanistQuery({ sort: 'createdAt:desc' })).toEqual([])
  })

  it.each([
    [{ limit: 0 }, ['limit']],
    [{ limit: 101 }, ['limit']],
    [{ limit: 1.5 }, ['limit']],
    [{ page: 0 }, ['page']],
    [{ page: -1 }, ['page']],
    [{ page: 1.5 }, ['page']],
    [{ sort: [{ field: 'phone', direction: 'asc' }] }, ['sort[0].field']],
    [{ sort: [{ field: 'value', direction: 'up' }] }, ['sort[0].direction']],
    [{ sort: 'phone:asc' }, ['sort[0]']],
    [{ sort: 'value' }, ['sort[0]']],
    [{ sort: 'value:asc,nope:desc' }, ['sort[1]']],
    [{ sort: 'value:asc:extra' }, ['sort[0]']],
    [{ sort: 42 }, ['sort']],
    [{ fields: ['id', 'colour'] }, ['fields[1]']],
    [{ fields: 'id,name' }, ['fields']],
    [{ status: 'pending' }, ['status']],
    [{ status: ['won', 'maybe'] }, ['status']],
    [{ source: 'facebook' }, ['source']],
    [{ value: Number.POSITIVE_INFINITY }, ['value']],
    [{ value: '100' }, ['value']],
    [{ value: { gte: 'lots' } }, ['value.gte']],
    [{ createdAt: 'yesterday' }, ['createdAt']],
    [{ createdAt: '1' }, ['createdAt']],
    [{ updatedAt: new Date(Number.NaN) }, ['updatedAt']],
    [{ qualifiedAt: { gt: '2026-13-45' } }, ['qualifiedAt.gt']],
    [{ qualifiedAt: { exists: 'yes' } }, ['qualifiedAt.exists']],
    [{ gclid: { exists: 'true' } }, ['gclid']],
    [{ fbp: 12 }, ['fbp']],
    [{ updated_after: 'last week' }, ['updated_after']],
    [{ search: 5 }, ['search']],
  ])('%j fails on %j', (query, expected) => {
    expect(fields(query)).toEqual(expected)
  })

  it('reports every failing field at once', () => {
    expect(fields({ limit: 0, page: 0, source: 'x' })).toEqual(['limit', 'page', 'source'])
  })
})
