import * as v from 'valibot'

const text = v.nullish(v.string())
const num = v.nullish(v.number())

/**
 * Lead statuses the UI has labels for. The docs only show `new`; the rest is a plausible
 * sales-CRM set of our choosing. `Lead.status` stays a plain string so new values still parse.
 */
export const LEAD_STATUSES = [
  'new',
  'contacted',
  'booked',
  'qualified',
  'disqualified',
  'won',
  'lost',
] as const
export type KnownLeadStatus = (typeof LEAD_STATUSES)[number]

/** Payment statuses with UI labels: our guess, the docs show only `"string"`. */
export const PAYMENT_STATUSES = [
  'none',
  'pending',
  'partial',
  'paid',
  'refunded',
  'failed',
] as const
export type KnownPaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const leadNoteSchema = v.looseObject({
  content: text,
  created_at: text,
  user_id: text,
})
export type LeadNote = v.InferOutput<typeof leadNoteSchema>

/** Attribution metadata; its keys are camelCase, unlike the rest of the lead. */
export const leadMetadataSchema = v.looseObject({
  city: text,
  country: text,
  countryCode: text,
  dataConsentAcceptedAt: text,
  dclid: text,
  epik: text,
  fbclid: text,
  gadSource: text,
  gbraid: text,
  gclid: text,
  gclsrc: text,
  hyclid: text,
  ipAddress: text,
  language: text,
  latitude: num,
  liFatId: text,
  longitude: num,
  msclkid: text,
  partner: text,
  rdtCid: text,
  ref: text,
  referrer: text,
  region: text,
  scCid: text,
  screenHeight: num,
  screenWidth: num,
  setterCode: text,
  ttclid: text,
  twclid: text,
  userAgent: text,
  utmCampaign: text,
  utmContent: text,
  utmId: text,
  utmMedium: text,
  utmSource: text,
  utmTerm: text,
  wbraid: text,
  yclid: text,
})
export type LeadMetadata = v.InferOutput<typeof leadMetadataSchema>

export const leadSourceSchema = v.looseObject({
  referrer: text,
  utm_campaign: text,
  utm_content: text,
  utm_medium: text,
  utm_source: text,
  utm_term: text,
})
export type LeadSource = v.InferOutput<typeof leadSourceSchema>

export const disqualificationDataSchema = v.looseObject({
  booking_link_id: text,
  evaluated_at: text,
  triggering_field: v.nullish(
    v.looseObject({
      key: text,
      label: text,
      value: v.optional(v.unknown()),
    }),
  ),
})
export type DisqualificationData = v.InferOutput<typeof disqualificationDataSchema>

export const leadSchema = v.looseObject({
  id: v.string(),
  company: text,
  created_at: text,
  disqualification_data: v.nullish(disqualificationDataSchema),
  email: text,
  full_name: text,
  last_payment_at: text,
  metadata: v.nullish(leadMetadataSchema),
  notes: v.nullish(v.array(leadNoteSchema)),
  payment_count: num,
  /** See PAYMENT_STATUSES for the values with labels. */
  payment_status: text,
  phone: text,
  source: v.nullish(leadSourceSchema),
  /** See LEAD_STATUSES for the values with labels. */
  status: text,
  timezone: text,
  /** Cents. */
  total_paid_cents: num,
  updated_at: text,
})
export type Lead = v.InferOutput<typeof leadSchema>
