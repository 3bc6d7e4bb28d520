import type { ValidationIssue } from './errors.ts'
import {
  type Check,
  CLERK_USER_ID_PATTERN,
  checkBoolean,
  checkLimit,
  checkString,
  IssueList,
  matching,
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

/** Each param's check, in the order params are sent (as snake_case: `assignedToId` → `assigned_to_id`). */
type ParamChecks<TParams> = { readonly [Name in keyof Required<TParams>]: Check }

const LEAD_PARAMS: ParamChecks<LeadListParams> = {
  limit: checkLimit,
  cursor: checkString,
  status: checkString,
  source: checkString,
  assignedToId: clerkId,
}

const CALL_PARAMS: ParamChecks<CallListParams> = {
  limit: checkLimit,
  cursor: checkString,
  status: checkString,
  leadId: uuid,
  closerId: clerkId,
  setterId: clerkId,
  bookingLinkId: uuid,
  isUpcoming: checkBoolean,
}

function validateParams<TParams extends object>(
  params: TParams,
  checks: ParamChecks<TParams>,
): ValidationIssue[] {
  const list = new IssueList()
  for (const [name, check] of Object.entries<Check>(checks)) {
    list.check(name, Reflect.get(params, name), check)
  }
  return list.issues
}

/** Sets each defined, non-null value in order; never sends a param the caller left out. */
function toQuery<TParams extends object>(
  params: TParams,
  checks: ParamChecks<TParams>,
): URLSearchParams {
  const query = new URLSearchParams()
  for (const name of Object.keys(checks)) {
    const value: unknown = Reflect.get(params, name)
    if (value !== undefined && value !== null) {
      query.set(
        name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
        String(value),
      )
    }
  }
  return query
}

export const validateLeadListParams = (params: LeadListParams) =>
  validateParams(params, LEAD_PARAMS)
export const validateCallListParams = (params: CallListParams) =>
  validateParams(params, CALL_PARAMS)
export const buildLeadListQuery = (params: LeadListParams) => toQuery(params, LEAD_PARAMS)
export const buildCallListQuery = (params: CallListParams) => toQuery(params, CALL_PARAMS)
