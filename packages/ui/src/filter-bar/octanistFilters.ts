import {
  OCTANIST_CLICK_ID_FIELDS,
  type OctanistClickIdField,
  type OctanistLeadSource,
  type OctanistLeadStatus,
} from '@aura-kit/client'
import type { OctanistLeadFilters } from '@aura-kit/hooks'
import type { FiltersOf } from './filterSearchParams.ts'

/**
 * The Octanist table's filters, flat so they fit a URL: dates are `YYYY-MM-DD` in the viewer's
 * zone, amounts are plain numbers, `clickId` names a click-id field that must be present.
 */
export const OCTANIST_FILTER_FIELDS = {
  status: 'string',
  source: 'string',
  createdFrom: 'string',
  createdTo: 'string',
  valueMin: 'string',
  valueMax: 'string',
  clickId: 'string',
} as const

export type OctanistTableFilters = FiltersOf<typeof OCTANIST_FILTER_FIELDS>

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Local midnight of a `YYYY-MM-DD` day, as an instant; undefined for anything else. */
function startOfLocalDay(day: string | null | undefined, addDays = 0): string | undefined {
  if (!day || !DATE.test(day)) {
    return undefined
  }
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const start = new Date(year, month - 1, date + addDays)
  return Number.isNaN(start.getTime()) ? undefined : start.toISOString()
}

function finiteNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') {
    return undefined
  }
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

const isClickIdField = (value: string): value is OctanistClickIdField =>
  (OCTANIST_CLICK_ID_FIELDS as readonly string[]).includes(value)

/**
 * Maps the table's filters onto Octanist's own operators: `createdAt[gte]`/`[lt]` (the "to" day is
 * included), `value[gte]`/`[lte]` and `<clickId>[exists]=true`. Unparseable values are left out.
 */
export function toOctanistQuery(filters: OctanistTableFilters): OctanistLeadFilters {
  const query: OctanistLeadFilters = {}
  if (filters.status) {
    query.status = filters.status as OctanistLeadStatus
  }
  if (filters.source) {
    query.source = filters.source as OctanistLeadSource
  }
  const createdFrom = startOfLocalDay(filters.createdFrom)
  const createdBefore = startOfLocalDay(filters.createdTo, 1)
  if (createdFrom || createdBefore) {
    query.createdAt = {
      ...(createdFrom ? { gte: createdFrom } : {}),
      ...(createdBefore ? { lt: createdBefore } : {}),
    }
  }
  const valueMin = finiteNumber(filters.valueMin)
  const valueMax = finiteNumber(filters.valueMax)
  if (valueMin !== undefined || valueMax !== undefined) {
    query.value = {
      ...(valueMin !== undefined ? { gte: valueMin } : {}),
      ...(valueMax !== undefined ? { lte: valueMax } : {}),
    }
  }
  if (filters.clickId && isClickIdField(filters.clickId)) {
    query[filters.clickId] = { exists: true }
  }
  return query
}
