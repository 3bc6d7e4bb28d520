import { OCTANIST_LEAD_FIELDS } from '../data/octanistTypes.ts'
import { validationError } from '../http/ApiError.ts'
import { type RequestContext, shapeRecord } from './context.ts'
import { compareBy, parseFilters, parseSort } from './octanistQuery.ts'

export const OCTANIST_DEFAULT_LIMIT = 50

/** `GET /api/leads`: page-number pagination with filters, operators, sort, search and field selection. */
export function listOctanistLeads(context: RequestContext): Response {
  const params = context.url.searchParams
  const limit = integerParam(params, 'limit', OCTANIST_DEFAULT_LIMIT, 1, 100)
  const page = integerParam(params, 'page', 1, 1, Number.MAX_SAFE_INTEGER)
  const sort = parseSort(params.get('sort'))
  const fields = parseFields(params.get('fields'))
  const predicates = parseFilters(params)
  const search = params.get('search')?.trim().toLowerCase() ?? ''
  const matches = context.db.octanistLeads.filter(
    (lead) =>
      predicates.every((predicate) => predicate(lead)) &&
      (search === '' ||
        [lead.name, lead.email, lead.phone].some((text) => text?.toLowerCase().includes(search))),
  )
  matches.sort(compareBy(sort))
  const total = matches.length
  // With no matches there are no pages: totalPages is 0 and hasMore false.
  const totalPages = Math.ceil(total / limit)
  const { repeatPage, emptyPage, duplicatePage, overlapRows } = context.pageFaults
  const empty = repeatPage || emptyPage
  const start = (page - 1) * limit
  // duplicatePage: page 1's rows under this page number; overlapRows: the previous page's last rows first.
  const rows = empty
    ? []
    : duplicatePage
      ? matches.slice(0, limit)
      : matches.slice(Math.max(0, start - Math.min(overlapRows, limit)), page * limit)
  const data = rows.map((lead) =>
    project(shapeRecord(context, lead, 'octanistLead') as Record<string, unknown>, fields),
  )
  return new Response(
    JSON.stringify({
      success: true,
      data,
      meta: {
        pagination: {
          limit,
          page,
          totalPages,
          total,
          hasMore: empty || page < totalPages,
        },
        requestId: context.requestId,
        timestamp: new Date(context.now).toISOString(),
      },
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  )
}

function integerParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = params.get(name)
  if (raw === null || raw === '') {
    return fallback
  }
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw validationError(
      `${name} must be an integer${max === Number.MAX_SAFE_INTEGER ? ` >= ${min}` : ` between ${min} and ${max}`}`,
      {
        [name]: raw,
      },
    )
  }
  return value
}

const LEAD_FIELDS: ReadonlySet<string> = new Set(OCTANIST_LEAD_FIELDS)

function parseFields(raw: string | null): string[] | null {
  if (raw === null || raw.trim() === '') {
    return null
  }
  const fields = raw
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '')
  const unknown = fields.filter((field) => !LEAD_FIELDS.has(field))
  if (unknown.length > 0) {
    throw validationError(`Unknown fields: ${unknown.join(', ')}`, { unknown })
  }
  return ['id', ...fields.filter((field) => field !== 'id')]
}

function project(lead: Record<string, unknown>, fields: string[] | null): object {
  if (fields === null) {
    return lead
  }
  const picked: Record<string, unknown> = {}
  for (const field of fields) {
    picked[field] = lead[field]
  }
  return picked
}
