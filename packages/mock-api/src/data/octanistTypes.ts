/** Octanist's flat lead object; every key is always present, most may be null. */
export interface OctanistLead {
  id: string
  name: string | null
  email: string | null
  phone: string | null
  status: string
  value: number | null
  note: string | null
  /** A JSON document encoded as a string. */
  custom: string | null
  lossReason: string | null
  conversionName: string | null
  source: string | null
  website: string | null
  path: string | null
  gclid: string | null
  dclid: string | null
  wbraid: string | null
  gbraid: string | null
  ga4cid: string | null
  ga4sid: string | null
  fbc: string | null
  fbp: string | null
  msclkid: string | null
  ttclid: string | null
  twclid: string | null
  rdt_cid: string | null
  sccid: string | null
  epik: string | null
  li_fat_id: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  ad_storage: boolean | null
  ad_user_data: boolean | null
  analytics_storage: boolean | null
  ad_personalization: boolean | null
  googleAdsCampaignId: string | null
  googleAdsCampaignName: string | null
  googleAdsAdGroupId: string | null
  googleAdsAdGroupName: string | null
  googleAdsAdId: string | null
  labelId: string | null
  selectedConversionEventId: string | null
  createdAt: string
  updatedAt: string
  qualifiedAt: string | null
  expiresAt: string | null
}

export const OCTANIST_CLICK_ID_FIELDS = [
  'gclid',
  'dclid',
  'wbraid',
  'gbraid',
  'ga4cid',
  'ga4sid',
  'fbc',
  'fbp',
  'msclkid',
  'ttclid',
  'twclid',
  'rdt_cid',
  'sccid',
  'epik',
  'li_fat_id',
] as const satisfies readonly (keyof OctanistLead)[]

const FIELD_SET: Record<keyof OctanistLead, true> = {
  id: true,
  name: true,
  email: true,
  phone: true,
  status: true,
  value: true,
  note: true,
  custom: true,
  lossReason: true,
  conversionName: true,
  source: true,
  website: true,
  path: true,
  gclid: true,
  dclid: true,
  wbraid: true,
  gbraid: true,
  ga4cid: true,
  ga4sid: true,
  fbc: true,
  fbp: true,
  msclkid: true,
  ttclid: true,
  twclid: true,
  rdt_cid: true,
  sccid: true,
  epik: true,
  li_fat_id: true,
  utm_source: true,
  utm_medium: true,
  utm_campaign: true,
  ad_storage: true,
  ad_user_data: true,
  analytics_storage: true,
  ad_personalization: true,
  googleAdsCampaignId: true,
  googleAdsCampaignName: true,
  googleAdsAdGroupId: true,
  googleAdsAdGroupName: true,
  googleAdsAdId: true,
  labelId: true,
  selectedConversionEventId: true,
  createdAt: true,
  updatedAt: true,
  qualifiedAt: true,
  expiresAt: true,
}

/** Every key of the full lead object (the names `fields=` accepts). */
export const OCTANIST_LEAD_FIELDS = Object.keys(FIELD_SET) as (keyof OctanistLead)[]
