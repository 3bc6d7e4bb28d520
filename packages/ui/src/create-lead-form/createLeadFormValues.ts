import type { CreateLeadInput, LeadMetadataInput } from '@aura-kit/client'
import { normalizePhone } from '../utils/normalizePhone.ts'

export const CONTACT_FIELDS = ['email', 'fullName', 'phone', 'company', 'timezone'] as const
/** The metadata keys the Attribution section edits (camelCase, as the API documents them). */
export const ATTRIBUTION_FIELDS = [
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
  'referrer',
] as const

export type ContactField = (typeof CONTACT_FIELDS)[number]
export type AttributionField = (typeof ATTRIBUTION_FIELDS)[number]
export type CreateLeadField = ContactField | AttributionField

/** Every field in the order the form shows it, which is also the order errors take focus. */
export const CREATE_LEAD_FIELDS: readonly CreateLeadField[] = [
  ...CONTACT_FIELDS,
  ...ATTRIBUTION_FIELDS,
]

/** What the inputs hold. `timezone: null` means "the viewer's zone", known only in the browser. */
export type CreateLeadFormValues = Record<Exclude<CreateLeadField, 'timezone'>, string> & {
  timezone: string | null
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

function metadataOf(input: Partial<CreateLeadInput> | undefined): LeadMetadataInput {
  const metadata: unknown = input?.metadata
  return typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata)
    ? (metadata as LeadMetadataInput)
    : {}
}

/** Input values from `defaultValues`; non-string values (from untyped callers) become ''. */
export function formValuesFrom(
  defaults: Partial<CreateLeadInput> | undefined,
): CreateLeadFormValues {
  const metadata = metadataOf(defaults)
  const timezone = defaults?.timezone
  return {
    email: text(defaults?.email),
    fullName: text(defaults?.fullName),
    phone: text(defaults?.phone),
    company: text(defaults?.company),
    timezone: timezone === undefined ? null : text(timezone),
    utmSource: text(metadata.utmSource),
    utmMedium: text(metadata.utmMedium),
    utmCampaign: text(metadata.utmCampaign),
    utmTerm: text(metadata.utmTerm),
    utmContent: text(metadata.utmContent),
    referrer: text(metadata.referrer),
  }
}

export function hasAttribution(values: CreateLeadFormValues): boolean {
  return ATTRIBUTION_FIELDS.some((field) => values[field].trim() !== '')
}

const optional = (value: string): string | undefined => {
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/**
 * The `leads.create` input: trimmed, blanks left out, the phone normalised. Metadata keys from
 * `defaultValues` that the form doesn't show (click ids, custom keys) are sent unchanged.
 */
export function toCreateLeadInput(
  values: CreateLeadFormValues,
  viewerTimeZone: string,
  defaults?: Partial<CreateLeadInput>,
): CreateLeadInput {
  const metadata: LeadMetadataInput = { ...metadataOf(defaults) }
  for (const field of ATTRIBUTION_FIELDS) {
    const value = optional(values[field])
    if (value === undefined) {
      delete metadata[field]
    } else {
      metadata[field] = value
    }
  }
  return {
    email: values.email.trim(),
    fullName: optional(values.fullName),
    phone: optional(normalizePhone(values.phone)),
    company: optional(values.company),
    timezone: optional(values.timezone ?? viewerTimeZone),
    metadata: Object.keys(metadata).length > 0 ? metadata : undefined,
  }
}
