import { common as commonEn } from '../messages/en/common.ts'
import { leadPanel as leadPanelEn } from '../messages/en/leadPanel.ts'
import type { AuraMessages } from '../messages/types.ts'
import { countryFlag } from '../utils/countryFlag.ts'
import { safeHref } from '../utils/safeHref.ts'
import { summarizeUserAgent } from '../utils/userAgent.ts'
import { createValueText, entriesOf, type ValueText } from './valueText.ts'

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

/** The messages `groupAttribution` labels its fields with: the kit's, or English by default. */
export type AttributionMessages = Pick<AuraMessages, 'common' | 'leadPanel'>
type Labels = AuraMessages['leadPanel']
type LabelKey = {
  [K in keyof Labels]: Labels[K] extends string ? K : never
}[keyof Labels]

// Aura sends camelCase metadata; Octanist's flat lead uses snake_case. Both spellings map here.
const UTM_FIELDS: ReadonlyArray<readonly [LabelKey, readonly string[]]> = [
  ['utmSource', ['utmSource', 'utm_source']],
  ['utmMedium', ['utmMedium', 'utm_medium']],
  ['utmCampaign', ['utmCampaign', 'utm_campaign']],
  ['utmTerm', ['utmTerm', 'utm_term']],
  ['utmContent', ['utmContent', 'utm_content']],
  ['utmId', ['utmId', 'utm_id']],
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
/** Unlisted keys that look like click ids (`hyclid`, `xyz_click_id`) go to the "Other" platform. */
const CLICK_ID_PATTERN = /(?:clid|click_?id)$/i

const LANDING_KEYS = ['landingPage', 'landingPageUrl', 'landingUrl', 'landing_page', 'landing_url']

interface Reader {
  take: (key: string) => unknown
  takeFirst: (keys: readonly string[]) => { key: string; value: unknown } | undefined
  rest: () => Array<[string, unknown]>
  /** Value to text, booleans in the catalogue's words. */
  text: ValueText
  /** A field label from the catalogue. */
  label: (key: LabelKey) => string
}

function createReader(metadata: unknown, messages: AttributionMessages): Reader {
  const text = createValueText(messages.common)
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
          if (found === undefined && text(value) !== undefined) {
            found = { key, value }
          }
        }
      }
      return found
    },
    rest: () => [...remaining],
    text,
    label: (key) => messages.leadPanel[key],
  }
}

type FieldMaker = (
  key: string,
  label: string,
  value: unknown,
  extra?: Partial<AttributionField>,
) => AttributionField[]

function fieldMaker(text: ValueText): FieldMaker {
  return (key, label, value, extra = {}) => {
    const shown = text(value)
    return shown === undefined ? [] : [{ key, label, text: shown, ...extra }]
  }
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function utmGroup(read: Reader, fallback: ReadonlyMap<string, unknown>): AttributionField[] {
  const field = fieldMaker(read.text)
  return UTM_FIELDS.flatMap(([label, keys]) => {
    const found =
      read.takeFirst(keys) ??
      keys
        .map((key) => ({ key, value: fallback.get(key) }))
        .find(({ value }) => read.text(value) !== undefined)
    return found ? field(found.key, read.label(label), found.value) : []
  })
}

function clickIdGroups(read: Reader): ClickIdGroup[] {
  const field = fieldMaker(read.text)
  const groups = CLICK_ID_PLATFORMS.map(([platform, keys]) => ({
    platform,
    fields: keys.flatMap((key) => field(key, key, read.take(key), { code: true })),
  }))
  const others = read
    .rest()
    .filter(([key]) => CLICK_ID_PATTERN.test(key))
    .flatMap(([key]) => field(key, key, read.take(key), { code: true }))
  return [...groups, { platform: read.label('otherPlatform'), fields: others }].filter(
    (group) => group.fields.length > 0,
  )
}

function sourceGroup(read: Reader, fallback: ReadonlyMap<string, unknown>): AttributionField[] {
  const field = fieldMaker(read.text)
  const linkField = (key: string, label: LabelKey, value: unknown) =>
    field(key, read.label(label), value, { href: safeHref(value) })
  const referrer = read.take('referrer') ?? fallback.get('referrer')
  const landing = read.takeFirst(LANDING_KEYS)
  return [
    ...linkField('referrer', 'referrer', referrer),
    ...(landing ? linkField(landing.key, 'landingPage', landing.value) : []),
    ...linkField('ref', 'ref', read.take('ref')),
  ]
}

function geoGroup(read: Reader): AttributionField[] {
  const make = fieldMaker(read.text)
  const field = (key: string, label: LabelKey, value: unknown, extra?: Partial<AttributionField>) =>
    make(key, read.label(label), value, extra)
  const [city, region, country, countryCode] = ['city', 'region', 'country', 'countryCode'].map(
    read.take,
  )
  const code = typeof countryCode === 'string' ? countryCode.trim() : ''
  const flag = countryFlag(code)
  const countryText = read.text(country)
  const countryLine = [
    flag,
    countryText ?? read.text(countryCode),
    countryText && code ? `(${code})` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const [latitude, longitude] = [read.take('latitude'), read.take('longitude')]
  const coordinates =
    isFiniteNumber(latitude) && isFiniteNumber(longitude)
      ? field('coordinates', 'coordinates', `${latitude}, ${longitude}`)
      : [...field('latitude', 'latitude', latitude), ...field('longitude', 'longitude', longitude)]
  return [
    ...field('city', 'city', city),
    ...field('region', 'region', region),
    ...field('country', 'country', countryLine),
    ...coordinates,
    ...field('ipAddress', 'ipAddress', read.take('ipAddress'), { code: true }),
  ]
}

function deviceGroup(read: Reader): AttributionField[] {
  const make = fieldMaker(read.text)
  const field = (key: string, label: LabelKey, value: unknown, extra?: Partial<AttributionField>) =>
    make(key, read.label(label), value, extra)
  const userAgent = read.take('userAgent')
  const { browser, os } = summarizeUserAgent(userAgent)
  const [width, height] = [read.take('screenWidth'), read.take('screenHeight')]
  const screen =
    isFiniteNumber(width) && isFiniteNumber(height)
      ? field('screen', 'screen', `${width} × ${height}`)
      : [
          ...field('screenWidth', 'screenWidth', width),
          ...field('screenHeight', 'screenHeight', height),
        ]
  return [
    ...field('browser', 'browser', browser),
    ...field('os', 'operatingSystem', os),
    ...screen,
    ...field('language', 'language', read.take('language')),
    ...field('userAgent', 'userAgent', userAgent, { code: true }),
  ]
}

/**
 * Sorts lead metadata into display groups. `source` (the lead's snake_case `source` object)
 * fills in UTM values and the referrer the metadata lacks. Null and empty known keys are skipped; unknown
 * keys all land in `other`, null ones included. Labels come from `messages` (default English).
 */
export function groupAttribution(
  metadata: unknown,
  source?: unknown,
  messages: AttributionMessages = { common: commonEn, leadPanel: leadPanelEn },
): Attribution {
  const read = createReader(metadata, messages)
  const field = fieldMaker(read.text)
  const fallback = new Map(entriesOf(source))
  const utm = utmGroup(read, fallback)
  const clickIds = clickIdGroups(read)
  const sourceFields = sourceGroup(read, fallback)
  const geo = geoGroup(read)
  const device = deviceGroup(read)
  const consentAt = read.take('dataConsentAcceptedAt')
  const consent = field('dataConsentAcceptedAt', read.label('dataConsent'), consentAt, {
    time:
      typeof consentAt === 'string' && !Number.isNaN(Date.parse(consentAt)) ? consentAt : undefined,
  })
  const partner = [
    ...field('partner', read.label('partner'), read.take('partner')),
    ...field('setterCode', read.label('setterCode'), read.take('setterCode'), { code: true }),
  ]
  const other = read
    .rest()
    .map(([key, value]) => ({ key, label: key, text: read.text(value) ?? '—' }))
  const isRecord = typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata)
  const odd = isRecord ? undefined : read.text(metadata)
  if (odd !== undefined) {
    // Metadata that is not an object at all is still shown rather than dropped.
    other.push({ key: 'metadata', label: 'metadata', text: odd })
  }
  return { utm, clickIds, source: sourceFields, geo, device, consent, partner, other }
}
