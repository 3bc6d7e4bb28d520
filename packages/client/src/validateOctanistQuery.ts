import type { OctanistLeadQuery } from './buildOctanistQuery.ts'
import type { ValidationIssue } from './errors.ts'
import {
  OCTANIST_CLICK_ID_FIELDS,
  OCTANIST_LEAD_FIELDS,
  OCTANIST_LEAD_SOURCES,
  OCTANIST_LEAD_STATUSES,
  OCTANIST_SORT_FIELDS,
} from './octanist-lead.ts'
import { checkBoolean, checkLimit, checkString, IssueList, isPlainObject } from './patterns.ts'

const RANGE_OPERATORS = ['gte', 'gt', 'lte', 'lt'] as const
const DATE_FILTERS = ['createdAt', 'updatedAt', 'qualifiedAt'] as const
const TEXT_FILTERS = ['search', 'labelId', 'website', 'utm_source', 'utm_medium', 'utm_campaign']
const LEGACY_SORT_FIELD = 'updated_at'
const SORT_DIRECTIONS: readonly string[] = ['asc', 'desc']

function includes(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value)
}

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/

function isKnownStatus(value: unknown): boolean {
  return includes(OCTANIST_LEAD_STATUSES, value)
}

/** A valid Date, or a string starting with an ISO 8601 date that `Date.parse` accepts. */
function isValidDate(value: unknown): boolean {
  if (value instanceof Date) {
    return !Number.isNaN(value.getTime())
  }
  return (
    typeof value === 'string' && ISO_DATE_PREFIX.test(value) && !Number.isNaN(Date.parse(value))
  )
}

function checkSort(list: IssueList, sort: unknown): void {
  if (typeof sort === 'string') {
    for (const [index, part] of sort.split(',').entries()) {
      const [field, direction, ...rest] = part.split(':')
      const fieldOk = field === LEGACY_SORT_FIELD || includes(OCTANIST_SORT_FIELDS, field)
      if (!fieldOk || !includes(SORT_DIRECTIONS, direction) || rest.length > 0) {
        list.add(`sort[${index}]`, `must be field:asc|desc with a sortable field, got "${part}"`)
      }
    }
    return
  }
  if (!Array.isArray(sort)) {
    list.add('sort', 'must be an array of { field, direction } or a "field:direction" string')
    return
  }
  for (const [index, entry] of sort.entries()) {
    const record: Record<string, unknown> = isPlainObject(entry) ? entry : {}
    if (!includes(OCTANIST_SORT_FIELDS, record.field)) {
      list.add(`sort[${index}].field`, `must be one of ${OCTANIST_SORT_FIELDS.join(', ')}`)
    }
    if (!includes(SORT_DIRECTIONS, record.direction)) {
      list.add(`sort[${index}].direction`, 'must be asc or desc')
    }
  }
}

function checkRange(list: IssueList, field: string, filter: unknown, isDate: boolean): void {
  if (filter === undefined || filter === null) {
    return
  }
  const operandOk = isDate ? isValidDate : (value: unknown) => Number.isFinite(value)
  const expected = isDate ? 'a valid date' : 'a finite number'
  if (!isPlainObject(filter)) {
    if (!operandOk(filter)) {
      list.add(field, `must be ${expected} or an operator object`)
    }
    return
  }
  for (const operator of RANGE_OPERATORS) {
    const operand = filter[operator]
    if (operand !== undefined && operand !== null && !operandOk(operand)) {
      list.add(`${field}.${operator}`, `must be ${expected}`)
    }
  }
  if (isDate) {
    list.check(`${field}.exists`, filter.exists, checkBoolean)
  }
}

function checkClickId(list: IssueList, field: string, filter: unknown): void {
  if (filter === undefined || filter === null || typeof filter === 'string') {
    return
  }
  if (!isPlainObject(filter) || typeof filter.exists !== 'boolean') {
    list.add(field, 'must be a string or { exists: boolean }')
  }
}

/** Checks an Octanist leads query against the documented grammar; [] means valid. */
export function validateOctanistQuery(query: OctanistLeadQuery): ValidationIssue[] {
  const list = new IssueList()
  list.check('limit', query.limit, checkLimit)
  const { page } = query
  if (page !== undefined && page !== null && (!Number.isInteger(page) || page < 1)) {
    list.add('page', 'must be an integer of at least 1')
  }
  if (query.sort !== undefined && query.sort !== null) {
    checkSort(list, query.sort)
  }
  for (const field of TEXT_FILTERS) {
    list.check(field, query[field as keyof OctanistLeadQuery], checkString)
  }
  const requested: unknown = query.fields
  if (requested !== undefined && requested !== null && !Array.isArray(requested)) {
    list.add('fields', 'must be an array of lead field names')
  }
  for (const [index, field] of (Array.isArray(requested) ? requested : []).entries()) {
    if (!includes(OCTANIST_LEAD_FIELDS, field)) {
      list.add(`fields[${index}]`, `"${String(field)}" is not a lead field`)
    }
  }
  const { status } = query
  const statuses: readonly unknown[] = Array.isArray(status) ? status : [status]
  if (status !== undefined && status !== null && !statuses.every(isKnownStatus)) {
    list.add('status', `must be among ${OCTANIST_LEAD_STATUSES.join(', ')}`)
  }
  if (query.source !== undefined && query.source !== null) {
    if (!includes(OCTANIST_LEAD_SOURCES, query.source)) {
      list.add('source', `must be one of ${OCTANIST_LEAD_SOURCES.join(', ')}`)
    }
  }
  checkRange(list, 'value', query.value, false)
  for (const field of DATE_FILTERS) {
    checkRange(list, field, query[field], true)
  }
  for (const field of OCTANIST_CLICK_ID_FIELDS) {
    checkClickId(list, field, query[field])
  }
  const updatedAfter = query.updated_after
  if (updatedAfter !== undefined && updatedAfter !== null && !isValidDate(updatedAfter)) {
    list.add('updated_after', 'must be a valid date')
  }
  return list.issues
}
