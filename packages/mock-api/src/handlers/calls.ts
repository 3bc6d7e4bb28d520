import type { AuraCall } from '../data/callTypes.ts'
import { ApiError, validationError } from '../http/ApiError.ts'
import { auraPage } from './auraPaging.ts'
import {
  booleanParam,
  CLERK_USER_ID,
  matchingParam,
  param,
  parseLimit,
  UUID,
} from './auraParams.ts'
import { auraList, auraOk, type RequestContext, shapeRecord } from './context.ts'

/** The call as the API returns it: `recording_url` made absolute against the media origin. */
export function presentCall(call: AuraCall, mediaBase: string): AuraCall {
  const presented = { ...call }
  if (call.recording_url !== null) {
    presented.recording_url = new URL(call.recording_url, mediaBase).href
  }
  return presented
}

/**
 * `GET /v1/calls`: newest first (by `created_at`), cursor pages. `status` also matches the legacy
 * `outcome`; `is_upcoming` compares `scheduled_at` with the clock. Filters AND together.
 */
export function listCalls(context: RequestContext): Response {
  const params = context.url.searchParams
  const limit = parseLimit(params)
  const cursor = param(params, 'cursor')
  const status = param(params, 'status')
  const leadId = matchingParam(params, 'lead_id', UUID, 'a UUID')
  const closerId = matchingParam(params, 'closer_id', CLERK_USER_ID, 'a Clerk user id (user_…)')
  const setterId = matchingParam(params, 'setter_id', CLERK_USER_ID, 'a Clerk user id (user_…)')
  const bookingLinkId = matchingParam(params, 'booking_link_id', UUID, 'a UUID')
  const upcoming = booleanParam(params, 'is_upcoming')
  const matches = (call: AuraCall): boolean =>
    (status === null || (call.status ?? call.outcome) === status) &&
    (leadId === null || call.lead_id === leadId) &&
    (closerId === null || call.closer_id === closerId) &&
    (setterId === null || call.setter_id === setterId) &&
    (bookingLinkId === null || call.booking_link_id === bookingLinkId) &&
    (upcoming === null || Date.parse(call.scheduled_at) > context.now === upcoming)
  const page = auraPage('calls', context.db.calls, cursor, limit, matches, context.pageFaults)
  const data = page.items.map((call) =>
    shapeRecord(context, presentCall(call, context.mediaBase), 'call'),
  )
  return auraList(data, page.nextCursor, page.hasMore)
}

export function getCall(context: RequestContext, id: string): Response {
  if (!UUID.test(id)) {
    throw validationError('Call id must be a UUID', { id })
  }
  const call = context.db.findCall(id)
  if (call === undefined) {
    throw new ApiError(404, 'NOT_FOUND', 'Call not found')
  }
  return auraOk(shapeRecord(context, presentCall(call, context.mediaBase), 'call'))
}
