import type { ValidationIssue } from './errors.ts'
import { CLERK_USER_ID_PATTERN, IssueList, UUID_PATTERN } from './patterns.ts'

export interface LeadListParams {
  /** 1..100, server default 50. */
  limit?: number | null
  /** `nextCursor` of the previous page, unchanged. */
  cursor?: string | null
  /** See LEAD_STATUSES. */
  status?: string | null
  source?: string | null
  /** Clerk user id (`user_…`). */
  assignedToId?: string | null
}

export interface CallListParams {
  limit?: number | null
  cursor?: string | null
  /** See CALL_STATUSES. */
  status?: string | null
  /** Lead UUID. */
  leadId?: string | null
  /** Clerk user id (`user_…`). */
  closerId?: string | null
  /** Clerk user id (`user_…`). */
  setterId?: string | null
  /** Booking link UUID. */
  bookingLinkId?: string | null
  isUpcoming?: boolean | null
}

const CLERK_ID = 'a Clerk user id like user_2abc123'
const UUID = 'a UUID'

export function validateLeadListParams(params: LeadListParams): ValidationIssue[] {
  const list = new IssueList()
  list.checkLimit('limit', params.limit)
  list.checkString('cursor', params.cursor)
  list.checkString('status', params.status)
  list.checkString('source', params.source)
  list.checkPattern('assignedToId', params.assignedToId, CLERK_USER_ID_PATTERN, CLERK_ID)
  return list.issues
}

export function validateCallListParams(params: CallListParams): ValidationIssue[] {
  const list = new IssueList()
  list.checkLimit('limit', params.limit)
  list.checkString('cursor', params.cursor)
  list.checkString('status', params.status)
  list.checkPattern('leadId', params.leadId, UUID_PATTERN, UUID)
  list.checkPattern('closerId', params.closerId, CLERK_USER_ID_PATTERN, CLERK_ID)
  list.checkPattern('setterId', params.setterId, CLERK_USER_ID_PATTERN, CLERK_ID)
  list.checkPattern('bookingLinkId', params.bookingLinkId, UUID_PATTERN, UUID)
  list.checkBoolean('isUpcoming', params.isUpcoming)
  return list.issues
}

/** Sets each defined, non-null value in order; never sends a param the caller left out. */
function toQuery(entries: Array<[string, string | number | boolean | null | undefined]>) {
  const query = new URLSearchParams()
  for (const [name, value] of entries) {
    if (value !== undefined && value !== null) {
      query.set(name, String(value))
    }
  }
  return query
}

export function buildLeadListQuery(params: LeadListParams): URLSearchParams {
  return toQuery([
    ['limit', params.limit],
    ['cursor', params.cursor],
    ['status', params.status],
    ['source', params.source],
    ['assigned_to_id', params.assignedToId],
  ])
}

export function buildCallListQuery(params: CallListParams): URLSearchParams {
  return toQuery([
    ['limit', params.limit],
    ['cursor', params.cursor],
    ['status', params.status],
    ['lead_id', params.leadId],
    ['closer_id', params.closerId],
    ['setter_id', params.setterId],
    ['booking_link_id', params.bookingLinkId],
    ['is_upcoming', params.isUpcoming],
  ])
}
