import { countryFlag } from '../utils/countryFlag.ts'
import { safeHref } from '../utils/safeHref.ts'
import { summarizeUserAgent } from '../utils/userAgent.ts'
import { displayValue, entriesOf } from './displayValue.ts'

/** One labelled value. `href` is set only when `safeHref` allows the value as a link. */
export interface AttributionField {
  /** The metadata key it came from (or a synthetic one like `coordinates`): a stable React key. */
  key: string
  label: string
  text: string
  href?: string | undefined
  /** The raw ISO string when the value is a timestamp, for the view to format. */
  time?: string | undefined
  /** Ids and codes: shown in a monospace font. */
  code?: boolean | undefined
}

export interface ClickIdGroup {
  platform: string
  fields: AttributionField[]
}

/** A lead's attribution metadata sorted into display groups; every group may be empty. */
export interface Attribution {
  utm: AttributionField[]
  clickIds: ClickIdGroup[]
  source: AttributionField[]
  geo: AttributionField[]
  device: AttributionField[]
  consent: AttributionField[]
  partner: AttributionField[]
  /** Every key not recognised above, in the API's order: nothing is dropped. */
  other: AttributionField[]
}

// Aura sends camelCase metadata; Octanist's flat lead uses snake_case. Both spellings map here.
const UTM_FIELDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Source', ['utmSource', 'utm_source']],
  ['Medium', ['utmMedium', 'utm_medium']],
  ['Campaign', ['utmCampaign', 'utm_campaign']],
  ['Term', ['utmTerm', 'utm_term']],
  ['Content', ['utmContent', 'utm_content']],
  ['Campaign id', ['utmId', 'utm_id']],
]

export const CLICK_ID_PLATFORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Google', ['gclid', 'gbraid', 'wbraid', 'dclid', 'gclsrc', 'gadSource', 'gad_source']],
  ['Google Analytics', ['ga4cid', 'ga4sid']],
  ['Meta', ['fbclid', 'fbc', 'fbp']],
  ['Microsoft', ['msclkid']],
  ['TikTok', ['ttclid']],
  ['X', ['twclid']],
  ['LinkedIn', ['liFatId', 'li_fat_id']],
  ['Reddit', ['rdtCid', 'rdt_cid']],
  ['Snapchat', ['scCid', 'sccid', 'ScCid']],
  ['Pinterest', ['epik']],
  ['Yandex', ['yclid']],
]
export const OTHER_PLATFORM = 'Other'
/** Unlisted keys that look like click ids (`hyclid`, `xyz_click_id`) go to the "Other" platform. */
const CLICK_ID_PATTERN = /(?:clid|click_?id)$/i

const LANDING_KEYS = ['landingPage', 'landingPageUrl', 'landingUrl', 'landing_page', 'landing_url']

interface Reader {
  take: (key: string) => unknown
  takeFirst: (keys: readonly string[]) => { key: string; value: unknown } | undefined
  rest: () => Array<[string, unknown]>
}

function createReader(metadata: unknown): Reader {
  const remaining = new Map(entriesOf(metadata))
  const take = (key: string) => {
    const value = remaining.get(key)
    remaining.delete(key)
    return value
  }
  return {
    take,
    takeFirst: (keys) => {
      let found: { key: string; value: unknown } | undefined
      for (const key of keys) {
        if (remaining.has(key)) {
          const value = take(key)
          if (found === undefined && displayValue(value) !== undefined) {
            found = { key, value }
          }
        }
      }
      return found
    },
    rest: () => [...remaining],
  }
}

function field(
  key: string,
  label: string,
  value: unknown,
  extra: Partial<AttributionField> = {},
): AttributionField[] {
  const text = displayValue(value)
  return text === undefined ? [] : [{ key, label, text, ...extra }]
}

const linkField = (key: string, label: string, value: unknown) =>
  field(key, label, value, { href: safeHref(value) })

const timeField = (key: string, label: string, value: unknown) =>
  field(key, label, value, {
    time: typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined,
  })

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function utmGroup(read: Reader, fallback: ReadonlyMap<string, unknown>): AttributionField[] {
  return UTM_FIELDS.flatMap(([label, keys]) => {
    const found =
      read.takeFirst(keys) ??
      keys
        .map((key) => ({ key, value: fallback.get(key) }))
        .find(({ value }) => displayValue(value) !== undefined)
    return found ? field(found.key, label, found.value) : []
  })
}

function clickIdGroups(read: Reader): ClickIdGroup[] {
  const groups = CLICK_ID_PLATFORMS.map(([platform, keys]) => ({
    platform,
    fields: keys.flatMap((key) => field(key, key, read.take(key), { code: true })),
  }))
  const others = read
    .rest()
    .filter(([key]) => CLICK_ID_PATTERN.test(key))
    .flatMap(([key]) => field(key, key, read.take(key), { code: true }))
  return [...groups, { platform: OTHER_PLATFORM, fields: others }].filter(
    (group) => group.fields.length > 0,
  )
}

function sourceGroup(read: Reader, fallback: ReadonlyMap<string, unknown>): AttributionField[] {
  const referrer = read.take('referrer') ?? fallback.get('referrer')
  const landing = read.takeFirst(LANDING_KEYS)
  return [
    ...linkField('referrer', 'Referrer', referrer),
    ...(landing ? linkField(landing.key, 'Landing page', landing.value) : []),
    ...linkField('ref', 'Ref', read.take('ref')),
  ]
}

function geoGroup(read: Reader): AttributionField[] {
  const [city, region, country, countryCode] = ['city', 'region', 'country', 'countryCode'].map(
    read.take,
  )
  const code = typeof countryCode === 'string' ? countryCode.trim() : ''
  const flag = countryFlag(code)
  const countryText = displayValue(country)
  const countryLine = [
    flag,
    countryText ?? displayValue(countryCode),
    countryText && code ? `(${code})` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const [latitude, longitude] = [read.take('latitude'), read.take('longitude')]
  const coordinates =
    isFiniteNumber(latitude) && isFiniteNumber(longitude)
      ? field('coordinates', 'Coordinates', `${latitude}, ${longitude}`)
      : [...field('latitude', 'Latitude', latitude), ...field('longitude', 'Longitude', longitude)]
  return [
    ...field('city', 'City', city),
    ...field('region', 'Region', region),
    ...field('country', 'Country', countryLine),
    ...coordinates,
    ...field('ipAddress', 'IP address', read.take('ipAddress'), { code: true }),
  ]
}

function deviceGroup(read: Reader): AttributionField[] {
  const userAgent = read.take('userAgent')
  const { browser, os } = summarizeUserAgent(userAgent)
  const [width, height] = [read.take('screenWidth'), read.take('screenHeight')]
  const screen =
    isFiniteNumber(width) && isFiniteNumber(height)
      ? field('screen', 'Screen', `${width} × ${height}`)
      : [
          ...field('screenWidth', 'Screen width', width),
          ...field('screenHeight', 'Screen height', height),
        ]
  return [
    ...field('browser', 'Browser', browser),
    ...field('os', 'Operating system', os),
    ...screen,
    ...field('language', 'Language', read.take('language')),
    ...field('userAgent', 'User agent', userAgent, { code: true }),
  ]
}

/**
 * Sorts lead metadata into display groups. `source` (the lead's snake_case `source` object)
 * fills in UTM values and the referrer the metadata lacks. Null and empty known keys are skipped; unknown
 * keys all land in `other`, null ones included.
 */
export function groupAttribution(metadata: unknown, source?: unknown): Attribution {
  const read = createReader(metadata)
  const fallback = new Map(entriesOf(source))
  const utm = utmGroup(read, fallback)
  const clickIds = clickIdGroups(read)
  const sourceFields = sourceGroup(read, fallback)
  const geo = geoGroup(read)
  const device = deviceGroup(read)
  const consent = timeField(
    'dataConsentAcceptedAt',
    'Data consent',
    read.take('dataConsentAcceptedAt'),
  )
  const partner = [
    ...field('partner', 'Partner', read.take('partner')),
    ...field('setterCode', 'Setter code', read.take('setterCode'), { code: true }),
  ]
  const other = read
    .rest()
    .map(([key, value]) => ({ key, label: key, text: displayValue(value) ?? '—' }))
  const isRecord = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata)
  const odd = isRecord ? undefined : displayValue(metadata)
  if (odd !== undefined) {
    // Metadata that is not an object at all is still shown rather than dropped.
    other.push({ key: 'metadata', label: 'metadata', text: odd })
  }
  return { utm, clickIds, source: sourceFields, geo, device, consent, partner, other }
}
