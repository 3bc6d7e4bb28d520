import { ALPHANUMERIC, DIGITS, HEX, type Random } from './random.ts'

/** The click ids an Aura lead's `metadata` can carry. */
export const CLICK_ID_KEYS = [
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'gclsrc',
  'gadSource',
  'fbclid',
  'msclkid',
  'ttclid',
  'twclid',
  'liFatId',
  'rdtCid',
  'scCid',
  'epik',
  'yclid',
  'hyclid',
] as const
export type ClickIdKey = (typeof CLICK_ID_KEYS)[number]

const URL_SAFE = `${ALPHANUMERIC}_-`

export function makeClickId(random: Random, key: ClickIdKey): string {
  switch (key) {
    case 'gclid':
      return `Cj0KCQjw${random.string(URL_SAFE, 48)}`
    case 'gbraid':
    case 'wbraid':
      return `0AAAAA${random.string(URL_SAFE, 30)}`
    case 'dclid':
      return `CJ${random.string(URL_SAFE, 32)}`
    case 'gclsrc':
      return random.pick(['aw.ds', 'ds', 'aw'])
    case 'gadSource':
      return random.pick(['1', '2', '5'])
    case 'fbclid':
      return `IwAR${random.string(URL_SAFE, 56)}`
    case 'msclkid':
      return random.string(HEX, 32)
    case 'ttclid':
      return `E.C.P.${random.string(URL_SAFE, 40)}`
    case 'twclid':
      return `2-${random.string(ALPHANUMERIC, 25)}`
    case 'liFatId':
    case 'scCid':
      return random.uuid()
    case 'rdtCid':
    case 'yclid':
      return random.string(DIGITS, 19)
    case 'epik':
      return `dj0yJnU9${random.string(URL_SAFE, 30)}`
    case 'hyclid':
      return random.string(ALPHANUMERIC, 24)
    default:
      return key satisfies never
  }
}

export interface Channel {
  source: string
  medium: string
  referrer: string | null
  clickIds: readonly ClickIdKey[]
}

// biome-ignore format: compact data table
export const CHANNELS: readonly (readonly [Channel, number])[] = [
  [{ source: 'google', medium: 'cpc', referrer: 'https://www.google.com/', clickIds: ['gclid', 'gbraid', 'wbraid', 'gclsrc', 'gadSource', 'dclid'] }, 30],
  [{ source: 'facebook', medium: 'paid_social', referrer: 'https://l.facebook.com/', clickIds: ['fbclid'] }, 15],
  [{ source: 'instagram', medium: 'paid_social', referrer: 'https://l.instagram.com/', clickIds: ['fbclid'] }, 8],
  [{ source: 'linkedin', medium: 'paid_social', referrer: 'https://www.linkedin.com/', clickIds: ['liFatId'] }, 8],
  [{ source: 'tiktok', medium: 'paid_social', referrer: 'https://www.tiktok.com/', clickIds: ['ttclid'] }, 6],
  [{ source: 'bing', medium: 'cpc', referrer: 'https://www.bing.com/', clickIds: ['msclkid'] }, 5],
  [{ source: 'twitter', medium: 'paid_social', referrer: 'https://t.co/', clickIds: ['twclid'] }, 3],
  [{ source: 'reddit', medium: 'paid_social', referrer: 'https://www.reddit.com/', clickIds: ['rdtCid'] }, 2],
  [{ source: 'snapchat', medium: 'paid_social', referrer: null, clickIds: ['scCid'] }, 2],
  [{ source: 'pinterest', medium: 'paid_social', referrer: 'https://www.pinterest.com/', clickIds: ['epik'] }, 2],
  [{ source: 'yandex', medium: 'cpc', referrer: 'https://yandex.ru/', clickIds: ['yclid'] }, 1],
  [{ source: 'hubspot', medium: 'email', referrer: null, clickIds: ['hyclid'] }, 3],
  [{ source: 'newsletter', medium: 'email', referrer: null, clickIds: [] }, 6],
  [{ source: 'youtube', medium: 'video', referrer: 'https://www.youtube.com/', clickIds: ['gclid'] }, 4],
  [{ source: 'partner', medium: 'referral', referrer: 'https://partners.example.org/', clickIds: [] }, 5],
]

export const UTM_SOURCES: readonly string[] = CHANNELS.map(([channel]) => channel.source)

// biome-ignore format: compact data table
export const CAMPAIGNS: readonly string[] = [
  'spring-2026', 'summer_promo', 'black-friday-2025', 'q1-pipeline', 'webinar-ai-sales',
  'retargeting-30d', 'brand-search', 'competitor-terms', 'lookalike-2pct', 'founders-offer',
]

// biome-ignore format: compact data table
export const LANDING_PATHS: readonly string[] = [
  '/book-a-call', '/pricing', '/demo', '/contact', '/free-audit', '/webinar', '/case-studies',
  '/',
]

export const USER_AGENTS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36 Edg/137.0.0.0',
]

// biome-ignore format: compact data table
export const SCREENS: readonly (readonly [number, number])[] = [
  [1920, 1080], [1440, 900], [1536, 864], [2560, 1440], [1366, 768], [390, 844], [412, 915], [393, 873], [820, 1180],
]
