import type { AuraLead } from '../data/leadTypes.ts'
import { ApiError, validationError } from '../http/ApiError.ts'
import { auraPage } from './auraPaging.ts'
import { CLERK_USER_ID, matchingParam, param, parseLimit, UUID } from './auraParams.ts'
import { auraList, auraOk, type RequestContext, shapeRecord } from './context.ts'
import { leadFromInput, parseLeadInput } from './leadInput.ts'

/**
 * `GET /v1/leads`: newest first, cursor pages. `source` matches `source.utm_source`;
 * `assigned_to_id` matches the extra `assigned_to_id` key. Filters AND together.
 */
export function listLeads(context: RequestContext): Response {
  const params = context.url.searchParams
  const limit = parseLimit(params)
  const cursor = param(params, 'cursor')
  const status = param(params, 'status')
  const source = param(params, 'source')
  const assignedTo = matchingParam(
    params,
    'assigned_to_id',
    CLERK_USER_ID,
    'a Clerk user id (user_…)',
  )
  const matches = (lead: AuraLead): boolean =>
    (status === null || lead.status === status) &&
    (source === null || lead.source?.utm_source === source) &&
    (assignedTo === null || lead.assigned_to_id === assignedTo)
  const page = auraPage('leads', context.db.leads, cursor, limit, matches, context.pageFaults)
  const data = page.items.map((lead) => shapeRecord(context, lead, 'lead'))
  return auraList(data, page.nextCursor, page.hasMore)
}

export function getLead(context: RequestContext, id: string): Response {
  if (!UUID.test(id)) {
    throw validationError('Lead id must be a UUID', { id })
  }
  const lead = context.db.findLead(id)
  if (lead === undefined) {
    throw new ApiError(404, 'NOT_FOUND', 'Lead not found')
  }
  return auraOk(shapeRecord(context, lead, 'lead'))
}

export async function createLead(context: RequestContext): Promise<Response> {
  let body: unknown
  try {
    body = JSON.parse(await context.request.text())
  } catch {
    throw validationError('Request body must be valid JSON')
  }
  const input = parseLeadInput(body)
  const lead = leadFromInput(input, context.db.newId(), new Date(context.now).toISOString())
  context.db.insertLead(lead)
  return auraOk(lead, 201)
}
