import { buildOctanistQuery } from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { filtersFromSearchParams, filtersToSearchParams } from './filterSearchParams.ts'
import { OCTANIST_FILTER_FIELDS, toOctanistQuery } from './octanistFilters.ts'

const localParts = (iso: string) => {
  const date = new Date(iso)
  return [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]
}

describe('toOctanistQuery', () => {
  it('sends ranges as the API operators, with the "to" day included', () => {
    const query = toOctanistQuery({
      createdFrom: '2026-03-01',
      createdTo: '2026-03-31',
      valueMin: '100',
      valueMax: '2500.5',
    })
    const createdAt = query.createdAt as { gte: string; lt: string }
    expect(localParts(createdAt.gte)).toEqual([2026, 3, 1, 0])
    expect(localParts(createdAt.lt)).toEqual([2026, 4, 1, 0])
    expect(query.value).toEqual({ gte: 100, lte: 2500.5 })
    const params = buildOctanistQuery(query)
    expect([...params.keys()]).toEqual([
      'value[gte]',
      'value[lte]',
      'createdAt[gte]',
      'createdAt[lt]',
    ])
  })

  it.each([
    [{ status: 'won' }, 'status=won'],
    [{ source: 'gtm' }, 'source=gtm'],
    [{ clickId: 'gclid' }, 'gclid%5Bexists%5D=true'],
    [{ valueMin: '0' }, 'value%5Bgte%5D=0'],
    [{ createdTo: '2026-12-31' }, 'createdAt%5Blt%5D='],
  ])('maps %j onto %s', (filters, expected) => {
    expect(buildOctanistQuery(toOctanistQuery(filters)).toString()).toContain(expected)
  })

  it.each([
    { clickId: 'onclick' },
    { valueMin: 'abc', valueMax: '' },
    { createdFrom: '01/03/2026' },
    { createdTo: 'tomorrow' },
    {},
  ])('leaves out what it cannot parse: %j', (filters) => {
    expect(toOctanistQuery(filters)).toEqual({})
  })

  it('round-trips through the URL', () => {
    const filters = { status: 'open', createdFrom: '2026-01-02', valueMax: '99', clickId: 'fbc' }
    const params = filtersToSearchParams(OCTANIST_FILTER_FIELDS, filters, { prefix: 'o.' })
    expect(filtersFromSearchParams(OCTANIST_FILTER_FIELDS, params, { prefix: 'o.' })).toEqual(
      filters,
    )
  })
})
