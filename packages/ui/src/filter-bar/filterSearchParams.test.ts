import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  CALL_FILTER_FIELDS,
  filtersFromSearchParams,
  filtersToSearchParams,
  LEAD_FILTER_FIELDS,
} from './filterSearchParams.ts'
import { useFiltersSearchParams } from './useFiltersSearchParams.ts'

describe('filters ⇄ search params', () => {
  it('round-trips call filters, booleans included, and keeps other params', () => {
    const filters = { status: 'closed', isUpcoming: false, closerId: 'user_2abc' }
    const params = filtersToSearchParams(
      CALL_FILTER_FIELDS,
      filters,
      { prefix: 'calls.' },
      new URLSearchParams('tab=2&calls.leadId=old'),
    )
    expect(params.toString()).toBe(
      'tab=2&calls.status=closed&calls.closerId=user_2abc&calls.isUpcoming=false',
    )
    expect(filtersFromSearchParams(CALL_FILTER_FIELDS, params, { prefix: 'calls.' })).toEqual(
      filters,
    )
  })

  it('drops empty values, malformed booleans and unknown keys', () => {
    expect(filtersToSearchParams(LEAD_FILTER_FIELDS, { status: '', source: null }).toString()).toBe(
      '',
    )
    const read = filtersFromSearchParams(
      CALL_FILTER_FIELDS,
      new URLSearchParams('isUpcoming=yes&status=&evil=1&leadId=abc'),
    )
    expect(read).toEqual({ leadId: 'abc' })
  })

  it('useFiltersSearchParams reads the URL and writes changes back', () => {
    let search = '?page=3&status=won'
    const { result } = renderHook(() =>
      useFiltersSearchParams(LEAD_FILTER_FIELDS, {
        getSearch: () => search,
        setSearch: (next) => {
          search = next
        },
      }),
    )
    expect(result.current[0]).toEqual({ status: 'won' })
    act(() => result.current[1]({ source: 'google' }))
    expect(result.current[0]).toEqual({ source: 'google' })
    expect(search).toBe('?page=3&source=google')
  })
})
