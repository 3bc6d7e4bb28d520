import {
  CAMPAIGNS,
  CHANNELS,
  type Channel,
  CLICK_ID_KEYS,
  LANDING_PATHS,
  makeClickId,
  SCREENS,
  USER_AGENTS,
} from './channels.ts'
import type { LeadMetadata, LeadSource } from './leadTypes.ts'
import { makeIpAddress, type Place } from './places.ts'
import { HEX, orNull, type Random } from './random.ts'

export interface Attribution {
  source: LeadSource | null
  metadata: LeadMetadata | null
}

/** Builds a lead's `source` (snake_case UTM) and `metadata` (camelCase, geo, device, click ids). */
export function makeAttribution(random: Random, place: Place, createdMs: number): Attribution {
  const channel: Channel | null = random.chance(0.88) ? random.weighted(CHANNELS) : null
  const campaign = channel === null ? null : random.pick(CAMPAIGNS)
  const landing = `https://www.auraleads.example${random.pick(LANDING_PATHS)}`
  const source: LeadSource | null =
    channel === null
      ? null
      : {
          referrer: orNull(random, () => channel.referrer ?? landing),
          utm_source: channel.source,
          utm_medium: orNull(random, () => channel.medium),
          utm_campaign: orNull(random, () => campaign ?? 'always-on'),
          utm_content: orNull(
            random,
            () => random.pick(['video-a', 'carousel-2', 'static-blue', 'testimonial']),
            0.3,
          ),
          utm_term: orNull(
            random,
            () => random.pick(['crm for agencies', 'sales pipeline', 'booking software']),
            0.5,
          ),
        }
  if (random.chance(0.05)) {
    return { source, metadata: null }
  }
  const [screenWidth, screenHeight] = random.pick(SCREENS)
  const metadata: LeadMetadata = {
    city: orNull(random, () => place.city.city),
    region: orNull(random, () => place.city.region),
    country: orNull(random, () => place.country.country),
    countryCode: orNull(random, () => place.country.countryCode),
    latitude: orNull(random, () => round(place.city.latitude + (random.next() - 0.5) / 10)),
    longitude: orNull(random, () => round(place.city.longitude + (random.next() - 0.5) / 10)),
    ipAddress: orNull(random, () => makeIpAddress(random)),
    userAgent: orNull(random, () => random.pick(USER_AGENTS)),
    screenWidth: orNull(random, () => screenWidth),
    screenHeight: orNull(random, () => screenHeight),
    language: orNull(random, () => place.country.language),
    dataConsentAcceptedAt: orNull(random, () =>
      new Date(createdMs - random.int(5, 600) * 1000).toISOString(),
    ),
    partner: orNull(
      random,
      () => random.pick(['acme-affiliates', 'growthclub', 'podcast-sdr']),
      0.8,
    ),
    setterCode: orNull(random, () => `SET-${random.int(100, 999)}`, 0.7),
    ref: orNull(
      random,
      () => random.pick(['homepage-hero', 'pricing-cta', 'exit-intent', 'footer']),
      0.5,
    ),
    referrer: orNull(random, () => source?.referrer ?? landing),
    utmSource: source?.utm_source ?? null,
    utmMedium: source?.utm_medium ?? null,
    utmCampaign: source?.utm_campaign ?? null,
    utmContent: source?.utm_content ?? null,
    utmTerm: source?.utm_term ?? null,
    utmId: orNull(random, () => String(random.int(10_000_000, 99_999_999)), 0.6),
  }
  const clickIdCount = random.weighted([
    [0, 3],
    [1, 5],
    [2, 2],
  ] as const)
  for (let index = 0; index < clickIdCount; index++) {
    const key =
      index === 0 && channel !== null && channel.clickIds.length > 0
        ? random.pick(channel.clickIds)
        : random.pick(CLICK_ID_KEYS)
    metadata[key] = makeClickId(random, key)
  }
  if (random.chance(0.15)) {
    metadata.hsutk = random.string(HEX, 32)
  }
  return { source, metadata }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
