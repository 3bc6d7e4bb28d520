import type * as v from 'valibot'
import type { ValidationIssue } from './errors.ts'
import type { leadMetadataSchema } from './lead.ts'
import {
  checkString,
  E164_PATTERN,
  EMAIL_PATTERN,
  IssueList,
  isIanaTimeZone,
  isPlainObject,
  matching,
} from './patterns.ts'

/** Documented camelCase attribution keys (`utmSource`, `fbclid`, ...); unknown keys are allowed. */
export type LeadMetadataInput = v.InferInput<typeof leadMetadataSchema>

export interface CreateLeadInput {
  email: string
  fullName?: string | null
  phone?: string | null
  company?: string | null
  timezone?: string | null
  metadata?: LeadMetadataInput | null
}

/**
 * The same checks `leads.create` runs before sending, for forms to reuse. Field names are those
 * of CreateLeadInput. An empty array means valid.
 */
export function validateCreateLeadInput(input: CreateLeadInput): ValidationIssue[] {
  const list = new IssueList()
  // Typed callers can't pass a non-object, but JavaScript callers and form state can.
  const record: unknown = input
  if (!isPlainObject(record)) {
    list.add('input', 'must be an object')
    return list.issues
  }
  const { email, phone, timezone, metadata } = record
  if (typeof email !== 'string' || email.trim() === '') {
    list.add('email', 'is required')
  } else if (!EMAIL_PATTERN.test(email)) {
    list.add('email', 'must be a valid email address')
  }
  list.check('fullName', record.fullName, checkString)
  list.check('company', record.company, checkString)
  list.check('phone', phone, matching(E164_PATTERN, 'in E.164 format, like +14155552671'))
  if (timezone !== undefined && timezone !== null) {
    if (typeof timezone !== 'string' || !isIanaTimeZone(timezone)) {
      list.add('timezone', 'must be an IANA time zone, like America/New_York')
    }
  }
  if (metadata !== undefined && metadata !== null && !isPlainObject(metadata)) {
    list.add('metadata', 'must be a plain object')
  }
  return list.issues
}

/** The POST body: snake_case keys, null and undefined fields left out. */
export function toCreateLeadBody(input: CreateLeadInput): Record<string, unknown> {
  const body: Record<string, unknown> = { email: input.email }
  const optional: Array<[string, unknown]> = [
    ['full_name', input.fullName],
    ['phone', input.phone],
    ['company', input.company],
    ['timezone', input.timezone],
    ['metadata', input.metadata],
  ]
  for (const [key, value] of optional) {
    if (value !== undefined && value !== null) {
      body[key] = value
    }
  }
  return body
}
