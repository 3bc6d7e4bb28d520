import { describe, expect, it } from 'vitest'
import { buildOctanistQuery, type OctanistLeadQuery } from './buildOctanistQuery.ts'
import { OCTANIST_CLICK_ID_FIELDS } from './octanist-lead.ts'

/** Decoded `name=value` pairs, easier to read than percent-encoded brackets. */
function pairs(query: OctanistLeadQuery): string[] {
  return [...buildOctanistQuery(query)].map(([name, value]) => `${name}=${value}`)
}

describe('buildOctanistQuery', () => {
  it.each<[OctanistLeadQuery, string[]]>([
    [{}, []],
    [{ limit: 20 }, ['limit=20']],
    [{ page: 3 }, ['page=3']],
    [{ search: 'jane doe' }, ['search=jane doe']],
    [{ sort: [{ field: 'createdAt', direction: 'desc' }] }, ['sort=createdAt:desc']],
    [
      {
        sort: [
          { field: 'createdAt', direction: 'desc' },
          { field: 'value', direction: 'asc' },
        ],
      },
      ['sort=createdAt:desc,value:asc'],
    ],
    [{ sort: 'updated_at:desc' }, ['sort=updated_at:desc']],
    [{ sort: 'name:asc' }, ['sort=name:asc']],
    [{ sort: [] }, []],
    [{ fields: ['id', 'name', 'email', 'status', 'value'] }, ['fields=id,name,email,status,value']],
    [{ status: 'won' }, ['status=won']],
    [{ status: ['won', 'lost'] }, ['status=won,lost']],
    [{ source: 'wordpress' }, ['source=wordpress']],
    [{ labelId: 'label_1' }, ['labelId=label_1']],
    [{ website: 'https://example.com' }, ['website=https://example.com']],
    [{ utm_source: 'google' }, ['utm_source=google']],
    [{ utm_medium: 'cpc' }, ['utm_medium=cpc']],
    [{ utm_campaign: 'spring' }, ['utm_campaign=spring']],
    [{ value: 100 }, ['value=100']],
    [{ value: { gte: 100 } }, ['value[gte]=100']],
    [{ value: { gt: 1, lt: 9 } }, ['value[gt]=1', 'value[lt]=9']],
    [{ value: { gte: 100, lte: 1000 } }, ['value[gte]=100', 'value[lte]=1000']],
    [{ value: { gte: null, lte: 5 } }, ['value[lte]=5']],
    [{ createdAt: '2026-01-01' }, ['createdAt=2026-01-01']],
    [
      { createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) },
      ['createdAt=2026-01-02T03:04:05.000Z'],
    ],
    [
      { updatedAt: { gte: '2026-01-01T00:00:00Z', lt: new Date(Date.UTC(2026, 1, 1)) } },
      ['updatedAt[gte]=2026-01-01T00:00:00Z', 'updatedAt[lt]=2026-02-01T00:00:00.000Z'],
    ],
    [{ qualifiedAt: { exists: true } }, ['qualifiedAt[exists]=true']],
    [{ qualifiedAt: { exists: false } }, ['qualifiedAt[exists]=false']],
    [
      { qualifiedAt: { gt: '2026-01-01', exists: true } },
      ['qualifiedAt[gt]=2026-01-01', 'qualifiedAt[exists]=true'],
    ],
    [{ gclid: 'Cj0KCQ' }, ['gclid=Cj0KCQ']],
    [{ gclid: { exists: true } }, ['gclid[exists]=true']],
    [{ fbc: { exists: false } }, ['fbc[exists]=false']],
    [{ updated_after: '2026-01-01T00:00:00Z' }, ['updated_after=2026-01-01T00:00:00Z']],
    [{ updated_after: new Date(Date.UTC(2026, 0, 1)) }, ['updated_after=2026-01-01T00:00:00.000Z']],
    [{ limit: null, page: undefined, search: null, status: null, value: null, gclid: null }, []],
  ])('%j', (query, expected) => {
    expect(pairs(query)).toEqual(expected)
  })

  it.each(OCTANIST_CLICK_ID_FIELDS)('serialises click id %s by equality and [exists]', (field) => {
    expect(pairs({ [field]: 'abc' })).toEqual([`${field}=abc`])
    expect(pairs({ [field]: { exists: true } })).toEqual([`${field}[exists]=true`])
  })

  it('percent-encodes brackets and separators on the wire', () => {
    const wire = buildOctanistQuery({
      value: { gte: 100 },
      sort: [{ field: 'createdAt', direction: 'desc' }],
    }).toString()
    expect(wire).toBe('sort=createdAt%3Adesc&value%5Bgte%5D=100')
    expect(new URLSearchParams(wire).get('value[gte]')).toBe('100')
  })

  it('sends params in a stable, documented order', () => {
    const query = buildOctanistQuery({
      updated_after: '2026-01-01',
      gclid: { exists: true },
      value: 1,
      status: 'won',
      fields: ['id'],
      search: 's',
      sort: 'value:asc',
      page: 2,
      limit: 10,
      source: 'api',
    })
    expect([...query.keys()]).toEqual([
      'limit',
      'page',
      'sort',
      'search',
      'fields',
      'status',
      'source',
      'value',
      'gclid[exists]',
      'updated_after',
    ])
  })
})
