import { OCTANIST_CLICK_ID_FIELDS, octanistLeadSchema } from '@aura-kit/client'
import type { AuraMessages } from '../messages/types.ts'
import { entriesOf } from './valueText.ts'

type Labels = AuraMessages['leadPanel']

/** Google Consent Mode flags an Octanist lead carries, with their label keys. */
export const CONSENT_FLAGS = [
  ['ad_storage', 'adStorage'],
  ['ad_user_data', 'adUserData'],
  ['analytics_storage', 'analyticsStorage'],
  ['ad_personalization', 'adPersonalization'],
] as const satisfies ReadonlyArray<readonly [string, keyof Labels]>

// The docs name Google Ads campaign / ad group / ad fields without their keys; these are what
// the API sends today, read as unknown keys.
export const GOOGLE_ADS_FIELDS = [
  ['googleAdsCampaignName', 'adsCampaign'],
  ['googleAdsCampaignId', 'adsCampaignId'],
  ['googleAdsAdGroupName', 'adsAdGroup'],
  ['googleAdsAdGroupId', 'adsAdGroupId'],
  ['googleAdsAdId', 'adsAdId'],
] as const satisfies ReadonlyArray<readonly [string, keyof Labels]>

/** The Octanist keys the attribution part reads: click ids and UTM values. */
export const OCTANIST_ATTRIBUTION_KEYS: readonly string[] = [
  ...OCTANIST_CLICK_ID_FIELDS,
  'utm_source',
  'utm_medium',
  'utm_campaign',
]

/** Keys some part shows; the rest of an Octanist lead goes to "Other fields". */
export const KNOWN_OCTANIST_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(octanistLeadSchema.entries),
  ...GOOGLE_ADS_FIELDS.map(([key]) => key),
])

/** `custom` is a JSON document in a string: its entries when it parses to an object, else the raw text. */
export function customEntries(custom: unknown): Array<[string, unknown]> {
  if (typeof custom !== 'string' || custom.trim() === '') {
    return []
  }
  try {
    const parsed: unknown = JSON.parse(custom)
    const entries = entriesOf(parsed)
    return entries.length > 0 ? entries : [['custom', custom]]
  } catch {
    return [['custom', custom]]
  }
}

/** The listed keys of `record` that it has, with their values. */
export function pick(
  record: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]]))
}
