import * as s from './shape.ts'
import { num, text } from './shape.ts'
import { toValibot } from './toValibot.ts'

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

export const leadNoteShape = s.looseObject({
  content: text,
  created_at: text,
  user_id: text,
})
export type LeadNote = s.InferShape<typeof leadNoteShape>

/** Attribution metadata; its keys are camelCase, unlike the rest of the lead. */
export const leadMetadataShape = s.looseObject({
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
export type LeadMetadata = s.InferShape<typeof leadMetadataShape>

export const leadSourceShape = s.looseObject({
  referrer: text,
  utm_campaign: text,
  utm_content: text,
  utm_medium: text,
  utm_source: text,
  utm_term: text,
})
export type LeadSource = s.InferShape<typeof leadSourceShape>

export const disqualificationDataShape = s.looseObject({
  booking_link_id: text,
  evaluated_at: text,
  triggering_field: s.nullish(
    s.looseObject({
      key: text,
      label: text,
      value: s.optional(s.unknown()),
    }),
  ),
})
export type DisqualificationData = s.InferShape<typeof disqualificationDataShape>

export const leadShape = s.looseObject({
  id: s.string(),
  company: text,
  created_at: text,
  disqualification_data: s.nullish(disqualificationDataShape),
  email: text,
  full_name: text,
  last_payment_at: text,
  metadata: s.nullish(leadMetadataShape),
  notes: s.nullish(s.array(leadNoteShape)),
  payment_count: num,
  /** See PAYMENT_STATUSES for the values with labels. */
  payment_status: text,
  phone: text,
  source: s.nullish(leadSourceShape),
  /** See LEAD_STATUSES for the values with labels. */
  status: text,
  timezone: text,
  /** Cents. */
  total_paid_cents: num,
  updated_at: text,
})
export type Lead = s.InferShape<typeof leadShape>

// The same shapes as valibot schemas, for apps that validate with valibot themselves.
export const leadNoteSchema = /* @__PURE__ */ toValibot(leadNoteShape)
export const leadMetadataSchema = /* @__PURE__ */ toValibot(leadMetadataShape)
export const leadSourceSchema = /* @__PURE__ */ toValibot(leadSourceShape)
export const disqualificationDataSchema = /* @__PURE__ */ toValibot(disqualificationDataShape)
export const leadSchema = /* @__PURE__ */ toValibot(leadShape)
