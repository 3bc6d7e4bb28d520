import { OCTANIST_SOURCES, OCTANIST_STATUSES } from '../data/constants.ts'
import { OCTANIST_CLICK_ID_FIELDS, type OctanistLead } from '../data/octanistTypes.ts'
import { ApiError, validationError } from '../http/ApiError.ts'
import { parseFilterDate } from './parseFilterDate.ts'

type Operator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'exists'
type Predicate = (lead: OctanistLead) => boolean

const COMPARISONS: readonly Operator[] = ['eq', 'gte', 'gt', 'lte', 'lt']
const DATE_FIELDS = ['createdAt', 'updatedAt', 'qualifiedAt'] as const
const TEXT_FIELDS = ['labelId', 'website', 'utm_source', 'utm_medium', 'utm_campaign'] as const

/** Which operators each filterable field accepts. */
const FILTERS: ReadonlyMap<string, readonly Operator[]> = new Map<string, readonly Operator[]>([
  ['status', ['eq']],
  ['source', ['eq']],
  ['value', COMPARISONS],
  ...TEXT_FIELDS.map((field) => [field, ['eq']] as const),
  ...DATE_FIELDS.map((field) => [field, [...COMPARISONS, 'exists']] as const),
  ...OCTANIST_CLICK_ID_FIELDS.map((field) => [field, ['eq', 'exists']] as const),
])

export const SORTABLE_FIELDS = [
  'createdAt',
  'updatedAt',
  'qualifiedAt',
  'value',
  'name',
  'email',
  'status',
] as const
export type SortField = (typeof SORTABLE_FIELDS)[number]
const LEGACY_SORT_FIELDS: Readonly<Record<string, SortField>> = { updated_at: 'updatedAt' }

export interface SortKey {
  field: SortField
  direction: 'asc' | 'desc'
}

const RESERVED = new Set(['limit', 'page', 'sort', 'search', 'fields', 'updated_after'])

/** Builds one predicate per filter param (`field=value` or `field[op]=value`); they AND together. */
export function parseFilters(params: URLSearchParams): Predicate[] {
  const predicates: Predicate[] = []
  for (const [key, value] of params) {
    if (key === 'updated_after') {
      if (value !== '') {
        predicates.push(compare('updatedAt', 'gte', value))
      }
      continue
    }
    if (RESERVED.has(key) || value === '') {
      continue
    }
    const match = /^([A-Za-z0-9_]+)(?:\[([A-Za-z]+)\])?$/.exec(key)
    const field = match?.[1] ?? key
    const operator = (match?.[2] ?? 'eq') as Operator
    const allowed = FILTERS.get(field)
    if (match === null || allowed === undefined) {
      throw new ApiError(400, 'INVALID_FILTER', `Unknown filter field: ${key}`, { field: key })
    }
    if (!allowed.includes(operator)) {
      throw new ApiError(
        400,
        'INVALID_FILTER',
        `Operator "${operator}" is not supported for ${field}`,
        {
          field,
          operator,
          supported: allowed,
        },
      )
    }
    predicates.push(compare(field, operator, value))
  }
  return predicates
}

function compare(field: string, operator: Operator, raw: string): Predicate {
  const read = (lead: OctanistLead): unknown => lead[field as keyof OctanistLead]
  if (operator === 'exists') {
    if (raw !== 'true' && raw !== 'false') {
      throw validationError(`${field}[exists] must be "true" or "false"`, { field, value: raw })
    }
    const wanted = raw === 'true'
    return (lead) => (read(lead) !== null && read(lead) !== undefined) === wanted
  }
  if (field === 'status') {
    const statuses = raw.split(',').map((status) => status.trim())
    const unknown = statuses.filter(
      (status) => !(OCTANIST_STATUSES as readonly string[]).includes(status),
    )
    if (unknown.length > 0) {
      throw validationError(`status must be one of ${OCTANIST_STATUSES.join(', ')}`, { value: raw })
    }
    return (lead) => statuses.includes(lead.status)
  }
  if (field === 'source' && !(OCTANIST_SOURCES as readonly string[]).includes(raw)) {
    throw validationError(`source must be one of ${OCTANIST_SOURCES.join(', ')}`, { value: raw })
  }
  if ((DATE_FIELDS as readonly string[]).includes(field)) {
    const wanted = parseFilterDate(raw, field)
    return (lead) => {
      const value = read(lead)
      return typeof value === 'string' && holds(Date.parse(value), operator, wanted)
    }
  }
  if (field === 'value') {
    if (!/^-?\d+(\.\d+)?$/.test(raw)) {
      throw validationError('value must be a number', { value: raw })
    }
    const wanted = Number(raw)
    return (lead) => lead.value !== null && holds(lead.value, operator, wanted)
  }
  return (lead) => read(lead) === raw
}

function holds(actual: number, operator: Operator, wanted: number): boolean {
  switch (operator) {
    case 'eq':
      return actual === wanted
    case 'gte':
      return actual >= wanted
    case 'gt':
      return actual > wanted
    case 'lte':
      return actual <= wanted
    case 'lt':
      return actual < wanted
    case 'exists':
      return true
    default:
      return operator satisfies never
  }
}

/** `field:dir` pairs, comma-separated; the direction defaults to `asc` when omitted. */
export function parseSort(raw: string | null): SortKey[] {
  if (raw === null || raw.trim() === '') {
    return [{ field: 'createdAt', direction: 'desc' }]
  }
  return raw.split(',').map((part) => {
    const [name = '', direction = 'asc', ...rest] = part.trim().split(':')
    const field = LEGACY_SORT_FIELDS[name] ?? SORTABLE_FIELDS.find((sortable) => sortable === name)
    if (field === undefined) {
      throw new ApiError(400, 'INVALID_FILTER', `Cannot sort by "${name}"`, {
        field: name,
        sortable: SORTABLE_FIELDS,
      })
    }
    if ((direction !== 'asc' && direction !== 'desc') || rest.length > 0) {
      throw validationError(`Sort direction must be asc or desc: "${part}"`, { sort: part })
    }
    return { field, direction }
  })
}

/** Nulls last in either direction, then ties by `id` ascending. */
export function compareBy(
  keys: readonly SortKey[],
): (left: OctanistLead, right: OctanistLead) => number {
  return (left, right) => {
    for (const { field, direction } of keys) {
      const a = sortable(left[field])
      const b = sortable(right[field])
      if (a === b) {
        continue
      }
      if (a === null || b === null) {
        return a === null ? 1 : -1
      }
      const order = a < b ? -1 : 1
      return direction === 'asc' ? order : -order
    }
    return left.id < right.id ? -1 : left.id > right.id ? 1 : 0
  }
}

function sortable(value: string | number | null): string | number | null {
  return typeof value === 'string' ? value.toLowerCase() : value
}
