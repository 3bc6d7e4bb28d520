import {
  OCTANIST_CLICK_ID_FIELDS,
  type OctanistClickIdField,
  type OctanistLeadField,
  type OctanistLeadSource,
  type OctanistLeadStatus,
  type OctanistSortField,
} from './octanist-lead.ts'

export type OctanistSortDirection = 'asc' | 'desc'

export interface OctanistSort {
  field: OctanistSortField
  direction: OctanistSortDirection
}

/** One `field:direction` pair; `updated_at:…` is the legacy spelling the API still accepts. */
export type OctanistSortString =
  | `${OctanistSortField}:${OctanistSortDirection}`
  | `updated_at:${OctanistSortDirection}`

/** An ISO 8601 string or a Date (sent as `toISOString()`). */
export type OctanistDateValue = string | Date

export interface OctanistNumberRange {
  gte?: number | null
  gt?: number | null
  lte?: number | null
  lt?: number | null
}

export interface OctanistDateFilter {
  gte?: OctanistDateValue | null
  gt?: OctanistDateValue | null
  lte?: OctanistDateValue | null
  lt?: OctanistDateValue | null
  /** true: the date is set; false: it is null. */
  exists?: boolean | null
}

/** A click id to match exactly, or `{ exists }` to test for presence. */
export type OctanistClickIdFilter = string | { exists: boolean }

/** Every parameter of Octanist `GET /api/leads`. Null and undefined are not sent. */
export type OctanistLeadQuery = {
  /** 1..100, default 50. */
  limit?: number | null
  /** From 1. */
  page?: number | null
  /** `[{ field: 'createdAt', direction: 'desc' }]` → `sort=createdAt:desc`. */
  sort?: readonly OctanistSort[] | OctanistSortString | null
  /** Searches name, email and phone. */
  search?: string | null
  /** Only these fields (plus `id`). */
  fields?: readonly OctanistLeadField[] | null
  /** One status, or several (sent comma-separated). */
  status?: OctanistLeadStatus | readonly OctanistLeadStatus[] | null
  source?: OctanistLeadSource | null
  labelId?: string | null
  website?: string | null
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  /** Equal to a number, or within a range (`value[gte]=100`). */
  value?: number | OctanistNumberRange | null
  createdAt?: OctanistDateValue | OctanistDateFilter | null
  updatedAt?: OctanistDateValue | OctanistDateFilter | null
  qualifiedAt?: OctanistDateValue | OctanistDateFilter | null
  /** Legacy, same as `updatedAt: { gte }`; sent as `updated_after`. */
  updated_after?: OctanistDateValue | null
} & { [Field in OctanistClickIdField]?: OctanistClickIdFilter | null }

const OPERATORS = ['gte', 'gt', 'lte', 'lt', 'exists'] as const

/** Filters in the order they are sent (after limit, page, sort, search, fields, status). */
const FILTER_NAMES = [
  'source',
  'labelId',
  'website',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'value',
  'createdAt',
  'updatedAt',
  'qualifiedAt',
  ...OCTANIST_CLICK_ID_FIELDS,
  'updated_after',
] as const satisfies ReadonlyArray<keyof OctanistLeadQuery>

function isSet<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null
}

function formatOperand(operand: unknown): string {
  return operand instanceof Date ? operand.toISOString() : String(operand)
}

/** Adds `name=value`, or `name[op]=value` per operator of an object filter. */
function appendFilter(query: URLSearchParams, name: string, filter: unknown): void {
  if (!isSet(filter)) {
    return
  }
  if (typeof filter === 'object' && !(filter instanceof Date)) {
    const operators: Record<string, unknown> = { ...filter }
    for (const operator of OPERATORS) {
      const operand = operators[operator]
      if (isSet(operand)) {
        query.append(`${name}[${operator}]`, formatOperand(operand))
      }
    }
    return
  }
  query.append(name, formatOperand(filter))
}

function formatSort(sort: NonNullable<OctanistLeadQuery['sort']>): string {
  if (typeof sort === 'string') {
    return sort
  }
  return sort.map(({ field, direction }) => `${field}:${direction}`).join(',')
}

/**
 * Builds the query string of Octanist `GET /api/leads`, in a stable order. Does not validate;
 * the client runs `validateOctanistQuery` first.
 */
export function buildOctanistQuery(query: OctanistLeadQuery = {}): URLSearchParams {
  const params = new URLSearchParams()
  if (isSet(query.limit)) {
    params.set('limit', String(query.limit))
  }
  if (isSet(query.page)) {
    params.set('page', String(query.page))
  }
  if (isSet(query.sort) && query.sort.length > 0) {
    params.set('sort', formatSort(query.sort))
  }
  if (isSet(query.search)) {
    params.set('search', query.search)
  }
  if (isSet(query.fields) && query.fields.length > 0) {
    params.set('fields', query.fields.join(','))
  }
  const { status } = query
  if (isSet(status) && status.length > 0) {
    params.set('status', typeof status === 'string' ? status : status.join(','))
  }
  for (const name of FILTER_NAMES) {
    appendFilter(params, name, query[name])
  }
  return params
}
