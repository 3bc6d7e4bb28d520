import type { ValidationIssue } from './errors.ts'
import {
  CLERK_USER_ID_PATTERN,
  checkBoolean,
  checkFields,
  checkLimit,
  checkString,
  type FieldChecks,
  matching,
  setFields,
  UUID_PATTERN,
} from './patterns.ts'

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

const clerkId = matching(CLERK_USER_ID_PATTERN, 'a Clerk user id like user_2abc123')
const uuid = matching(UUID_PATTERN, 'a UUID')

// Each param's check, in the order params are sent (in snake_case).

export const LEAD_PARAMS: FieldChecks<LeadListParams> = {
  limit: checkLimit,
  cursor: checkString,
  status: checkString,
  source: checkString,
  assignedToId: clerkId,
}

export const CALL_PARAMS: FieldChecks<CallListParams> = {
  limit: checkLimit,
  cursor: checkString,
  status: checkString,
  leadId: uuid,
  closerId: clerkId,
  setterId: clerkId,
  bookingLinkId: uuid,
  isUpcoming: checkBoolean,
}

/** Never sends a param the caller left out (undefined or null). */
export function toQuery<TParams extends object>(
  params: TParams,
  checks: FieldChecks<TParams>,
): URLSearchParams {
  return new URLSearchParams(
    setFields(params, checks).map(([name, value]) => [name, String(value)]),
  )
}

export const validateLeadListParams = (params: LeadListParams): ValidationIssue[] =>
  checkFields(params, LEAD_PARAMS)
export const validateCallListParams = (params: CallListParams): ValidationIssue[] =>
  checkFields(params, CALL_PARAMS)
export const buildLeadListQuery = (params: LeadListParams) => toQuery(params, LEAD_PARAMS)
export const buildCallListQuery = (params: CallListParams) => toQuery(params, CALL_PARAMS)
