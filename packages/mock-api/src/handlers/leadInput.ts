import type { AuraLead, LeadMetadata } from '../data/leadTypes.ts'
import { validationError } from '../http/ApiError.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const E164 = /^\+[1-9]\d{1,14}$/
// Any tz database name, including one-part links like `Japan` or `EST5EDT`; never an offset.
const TIME_ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/

export interface LeadInput {
  email: string
  full_name: string | null
  phone: string | null
  company: string | null
  timezone: string | null
  metadata: LeadMetadata | null
}

/** A valid IANA name (`America/New_York`, `UTC`, `Japan`), not an offset like `+02:00`. */
export function isIanaTimeZone(value: string): boolean {
  if (!TIME_ZONE_NAME.test(value)) {
    return false
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** Validates a `POST /v1/leads` body; unknown top-level keys are ignored, unknown metadata keys kept. */
export function parseLeadInput(body: unknown): LeadInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError('Request body must be a JSON object')
  }
  const record = body as Record<string, unknown>
  const email = record.email
  if (typeof email !== 'string' || !EMAIL.test(email)) {
    throw validationError('email is required and must be a valid email address', { field: 'email' })
  }
  const phone = optionalString(record, 'phone')
  if (phone !== null && !E164.test(phone)) {
    throw validationError('phone must be in E.164 format (e.g. +14155552671)', { field: 'phone' })
  }
  const timezone = optionalString(record, 'timezone')
  if (timezone !== null && !isIanaTimeZone(timezone)) {
    throw validationError('timezone must be a valid IANA time zone', { field: 'timezone' })
  }
  const metadata = record.metadata ?? null
  if (metadata !== null && (typeof metadata !== 'object' || Array.isArray(metadata))) {
    throw validationError('metadata must be an object or null', { field: 'metadata' })
  }
  return {
    email,
    full_name: optionalString(record, 'full_name'),
    phone,
    company: optionalString(record, 'company'),
    timezone,
    metadata: metadata as LeadMetadata | null,
  }
}

function optionalString(record: Record<string, unknown>, field: string): string | null {
  const value = record[field]
  if (value === undefined || value === null) {
    return null
  }
  if (typeof value !== 'string') {
    throw validationError(`${field} must be a string`, { field })
  }
  return value
}

/** The stored lead for `input`: status "new", no notes or payments, `source` mirrored from metadata UTM keys. */
export function leadFromInput(input: LeadInput, id: string, createdAt: string): AuraLead {
  const metadata = input.metadata
  const text = (key: string): string | null => {
    const value = metadata?.[key]
    return typeof value === 'string' ? value : null
  }
  const hasSource = [
    'utmSource',
    'utmMedium',
    'utmCampaign',
    'utmContent',
    'utmTerm',
    'referrer',
  ].some((key) => text(key) !== null)
  return {
    id,
    full_name: input.full_name,
    email: input.email,
    phone: input.phone,
    company: input.company,
    timezone: input.timezone,
    status: 'new',
    source: hasSource
      ? {
          referrer: text('referrer'),
          utm_source: text('utmSource'),
          utm_medium: text('utmMedium'),
          utm_campaign: text('utmCampaign'),
          utm_content: text('utmContent'),
          utm_term: text('utmTerm'),
        }
      : null,
    metadata: metadata === null ? null : { ...metadata },
    notes: [],
    payment_count: 0,
    payment_status: null,
    total_paid_cents: 0,
    last_payment_at: null,
    disqualification_data: null,
    created_at: createdAt,
    updated_at: createdAt,
    assigned_to_id: null,
  }
}
