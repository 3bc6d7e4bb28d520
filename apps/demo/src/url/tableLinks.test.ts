import { LEAD_FILTER_FIELDS, OCTANIST_FILTER_FIELDS } from '@aura-kit/ui'
import { filtersFromSearchParams } from '@aura-kit/ui/utils'
import { expect, test } from 'vitest'
import { callsLink, leadsLink, octanistLink } from './tableLinks.ts'

test('a source bar or a funnel step opens the leads table filtered by it', () => {
  expect(leadsLink({ source: 'google' })).toBe('/leads?source=google')
  expect(leadsLink({ status: 'won' })).toBe('/leads?status=won')
  expect(leadsLink({})).toBe('/leads')
})

test('the link reads back as the same filters on the table’s page', () => {
  const filters = { source: 'a&b=c d', status: 'new' } as const
  const url = new URL(leadsLink(filters), 'http://demo.test')
  expect(url.pathname).toBe('/leads')
  expect(filtersFromSearchParams(LEAD_FILTER_FIELDS, url.searchParams)).toEqual(filters)
})

test('filters the table does not know, and empty ones, stay out of the URL', () => {
  expect(leadsLink({ status: 'won', limit: 100 })).toBe('/leads?status=won')
  expect(leadsLink({ source: '', status: 'lost' })).toBe('/leads?status=lost')
})

test('call outcomes and pipeline figures open the calls table', () => {
  expect(callsLink({ status: 'no_show' })).toBe('/calls?status=no_show')
  expect(callsLink({ isUpcoming: true })).toBe('/calls?isUpcoming=true')
})

test('an Octanist bar opens the Octanist table with its dates', () => {
  const link = octanistLink({ source: 'gtm', createdFrom: '2026-05-03', createdTo: '2026-06-01' })
  const url = new URL(link, 'http://demo.test')
  expect(url.pathname).toBe('/octanist')
  expect(filtersFromSearchParams(OCTANIST_FILTER_FIELDS, url.searchParams)).toEqual({
    source: 'gtm',
    createdFrom: '2026-05-03',
    createdTo: '2026-06-01',
  })
})
