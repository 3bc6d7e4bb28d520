import { CAMPAIGNS, LANDING_PATHS } from './channels.ts'
import {
  DAY_MS,
  OCTANIST_LABEL_IDS,
  type OctanistSource,
  type OctanistStatus,
  REFERENCE_TIME,
} from './constants.ts'
import { LEAD_HISTORY_DAYS } from './createLead.ts'
import { OCTANIST_CLICK_ID_FIELDS, type OctanistLead } from './octanistTypes.ts'
import { makeEmail, pickCompany, pickFullName } from './people.ts'
import { CONVERSION_NAMES, LOSS_REASONS, NOTE_LINES } from './phrases.ts'
import { makePhone, pickPlace } from './places.ts'
import {
  ALPHANUMERIC,
  createRandom,
  DIGITS,
  LOWER_ALPHANUMERIC,
  orNull,
  type Random,
} from './random.ts'

const AD_GROUPS: readonly string[] = [
  'Brand Keywords',
  'Competitors',
  'Generic - CRM',
  'Remarketing',
  'Lookalikes',
]

/** One Octanist lead drawn from `random`, created within `LEAD_HISTORY_DAYS` before `referenceTime`. */
export function buildOctanistLead(
  random: Random,
  referenceTime: number = REFERENCE_TIME,
): OctanistLead {
  const place = pickPlace(random)
  const name = pickFullName(random)
  const company = pickCompany(random, place.country.topLevelDomain)
  const createdMs = referenceTime - Math.floor(random.next() * LEAD_HISTORY_DAYS * DAY_MS)
  const updatedMs = createdMs + Math.floor(random.next() * (referenceTime - createdMs))
  const status = random.weighted<OctanistStatus>([
    ['open', 45],
    ['qualified', 25],
    ['won', 15],
    ['lost', 15],
  ])
  const source = random.weighted<OctanistSource>([
    ['inbound', 35],
    ['gtm', 25],
    ['api', 12],
    ['manual', 10],
    ['wordpress', 12],
    ['import', 6],
  ])
  const clickIds = new Set<string>()
  const clickIdCount = random.weighted([
    [0, 4],
    [1, 4],
    [2, 2],
    [3, 1],
  ] as const)
  for (let index = 0; index < clickIdCount; index++) {
    clickIds.add(random.pick(OCTANIST_CLICK_ID_FIELDS))
  }
  const click = (field: string, make: () => string): string | null =>
    clickIds.has(field) ? make() : null
  const secondsPart = Math.floor(createdMs / 1000)
  const hasGoogleAds = clickIds.has('gclid') || clickIds.has('gbraid') || clickIds.has('wbraid')
  const campaign = random.pick(CAMPAIGNS)
  const consent = (): boolean | null => orNull(random, () => random.chance(0.75))
  const qualified =
    status === 'qualified' || status === 'won' || (status === 'lost' && random.chance(0.3))
  return {
    id: `lead_${random.string(LOWER_ALPHANUMERIC, 24)}`,
    name: orNull(random, () => name.full),
    email: orNull(random, () => makeEmail(random, name.first, name.last, company.domain)),
    phone: orNull(random, () => makePhone(random, place.country), 0.15),
    status,
    value: orNull(random, () =>
      random.chance(0.2) ? random.int(100, 50_000) / 2 : random.int(1, 250) * 100,
    ),
    note: orNull(random, () => random.pick(NOTE_LINES), 0.4),
    custom: orNull(
      random,
      () =>
        JSON.stringify({
          company: company.name,
          employees: random.pick(['1-10', '11-50', '51-200', '200+']),
          message: random.pick(NOTE_LINES),
        }),
      0.5,
    ),
    lossReason: status === 'lost' ? orNull(random, () => random.pick(LOSS_REASONS), 0.2) : null,
    conversionName: orNull(random, () => random.pick(CONVERSION_NAMES), 0.2),
    source: orNull(random, () => source, 0.05),
    website: orNull(random, () => `https://www.${company.domain}`),
    path: orNull(random, () => random.pick(LANDING_PATHS), 0.2),
    gclid: click('gclid', () => `Cj0KCQjw${random.string(ALPHANUMERIC, 40)}`),
    dclid: click('dclid', () => `CJ${random.string(ALPHANUMERIC, 30)}`),
    wbraid: click('wbraid', () => `0AAAAA${random.string(ALPHANUMERIC, 28)}`),
    gbraid: click('gbraid', () => `0AAAAA${random.string(ALPHANUMERIC, 28)}`),
    ga4cid: click('ga4cid', () => `GA1.1.${random.string(DIGITS, 9)}.${secondsPart}`),
    ga4sid: click('ga4sid', () => String(secondsPart)),
    fbc: click('fbc', () => `fb.1.${createdMs}.IwAR${random.string(ALPHANUMERIC, 40)}`),
    fbp: click('fbp', () => `fb.1.${createdMs}.${random.string(DIGITS, 10)}`),
    msclkid: click('msclkid', () => random.string('0123456789abcdef', 32)),
    ttclid: click('ttclid', () => `E.C.P.${random.string(ALPHANUMERIC, 36)}`),
    twclid: click('twclid', () => `2-${random.string(ALPHANUMERIC, 25)}`),
    rdt_cid: click('rdt_cid', () => random.string(DIGITS, 19)),
    sccid: click('sccid', () => random.uuid()),
    epik: click('epik', () => `dj0yJnU9${random.string(ALPHANUMERIC, 30)}`),
    li_fat_id: click('li_fat_id', () => random.uuid()),
    utm_source: orNull(
      random,
      () => random.pick(['google', 'facebook', 'linkedin', 'bing', 'newsletter', 'tiktok']),
      0.2,
    ),
    utm_medium: orNull(random, () => random.pick(['cpc', 'paid_social', 'email', 'organic']), 0.2),
    utm_campaign: orNull(random, () => campaign, 0.25),
    ad_storage: consent(),
    ad_user_data: consent(),
    analytics_storage: consent(),
    ad_personalization: consent(),
    googleAdsCampaignId: hasGoogleAds ? random.string(DIGITS, 11) : null,
    googleAdsCampaignName: hasGoogleAds ? `${campaign} | Search` : null,
    googleAdsAdGroupId: hasGoogleAds ? random.string(DIGITS, 12) : null,
    googleAdsAdGroupName: hasGoogleAds ? random.pick(AD_GROUPS) : null,
    googleAdsAdId: hasGoogleAds ? random.string(DIGITS, 12) : null,
    labelId: orNull(random, () => random.pick(OCTANIST_LABEL_IDS), 0.3),
    selectedConversionEventId: orNull(random, () => `conv_${random.int(100, 999)}`, 0.5),
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
    qualifiedAt: qualified
      ? new Date(createdMs + Math.floor(random.next() * (updatedMs - createdMs))).toISOString()
      : null,
    expiresAt: orNull(random, () => new Date(createdMs + 90 * DAY_MS).toISOString()),
  }
}

/** A standalone Octanist lead fixture; pass a different `seed` for a different lead. */
export function createOctanistLead(overrides: Partial<OctanistLead> = {}, seed = 1): OctanistLead {
  return { ...buildOctanistLead(createRandom(seed)), ...overrides }
}
