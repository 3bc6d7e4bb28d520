import type * as v from 'valibot'
import type { ValidationIssue } from './errors.ts'
import type { leadMetadataSchema } from './lead.ts'
import {
  checkFields,
  checkString,
  E164_PATTERN,
  EMAIL_PATTERN,
  type FieldChecks,
  isIanaTimeZone,
  isPlainObject,
  matching,
  setFields,
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

// The optional fields' checks, in the order they are checked (and sent, in snake_case).
const CHECKS: FieldChecks<CreateLeadInput> = {
  fullName: checkString,
  company: checkString,
  phone: matching(E164_PATTERN, 'in E.164 format, like +14155552671'),
  timezone: (value) =>
    typeof value === 'string' && isIanaTimeZone(value)
      ? undefined
      : 'must be an IANA time zone, like America/New_York',
  metadata: (value) => (isPlainObject(value) ? undefined : 'must be a plain object'),
}

/**
 * The same checks `leads.create` runs before sending, for forms to reuse. Field names are those
 * of CreateLeadInput. An empty array means valid.
 */
export function validateCreateLeadInput(input: CreateLeadInput): ValidationIssue[] {
  // Typed callers can't pass a non-object, but JavaScript callers and form state can.
  const record: unknown = input
  if (!isPlainObject(record)) {
    return [{ field: 'input', message: 'must be an object' }]
  }
  const { email } = record
  const emailProblem =
    typeof email !== 'string' || email.trim() === ''
      ? 'is required'
      : EMAIL_PATTERN.test(email)
        ? undefined
        : 'must be a valid email address'
  return checkFields(input, CHECKS, emailProblem ? [{ field: 'email', message: emailProblem }] : [])
}

/** The POST body: snake_case keys, null and undefined fields left out. */
export function toCreateLeadBody(input: CreateLeadInput): Record<string, unknown> {
  return { email: input.email, ...Object.fromEntries(setFields(input, CHECKS)) }
}
