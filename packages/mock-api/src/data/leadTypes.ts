/** Objects carry extra, undocumented keys; consumers must tolerate them. */
export type Extras = { [key: string]: unknown }

export interface LeadSource extends Extras {
  referrer: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_content: string | null
  utm_term: string | null
}

/** Documented camelCase keys; click ids appear only when present. */
export interface LeadMetadata extends Extras {
  city?: string | null
  region?: string | null
  country?: string | null
  countryCode?: string | null
  latitude?: number | null
  longitude?: number | null
  ipAddress?: string | null
  userAgent?: string | null
  screenWidth?: number | null
  screenHeight?: number | null
  language?: string | null
  dataConsentAcceptedAt?: string | null
  partner?: string | null
  setterCode?: string | null
  ref?: string | null
  referrer?: string | null
  utmSource?: string | null
  utmMedium?: string | null
  utmCampaign?: string | null
  utmContent?: string | null
  utmTerm?: string | null
  utmId?: string | null
}

export interface LeadNote extends Extras {
  content: string
  created_at: string
  user_id: string | null
}

export interface DisqualificationData extends Extras {
  booking_link_id: string | null
  evaluated_at: string | null
  triggering_field: { key: string; label: string; value: unknown } | null
}

export interface AuraLead extends Extras {
  id: string
  full_name: string | null
  email: string | null
  phone: string | null
  company: string | null
  timezone: string | null
  status: string
  source: LeadSource | null
  metadata: LeadMetadata | null
  notes: LeadNote[] | null
  payment_count: number | null
  payment_status: string | null
  total_paid_cents: number | null
  last_payment_at: string | null
  disqualification_data: DisqualificationData | null
  created_at: string
  updated_at: string
  /** Not in the documented object: an extra key the `assigned_to_id` filter reads. */
  assigned_to_id: string | null
}
