import { describe, expect, it } from 'vitest'
import { de } from '../messages/de/index.ts'
import { type Attribution, groupAttribution } from './groupAttribution.ts'

const CHROME_ON_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36'

const EMPTY: Attribution = {
  utm: [],
  clickIds: [],
  source: [],
  geo: [],
  device: [],
  consent: [],
  partner: [],
  other: [],
}

/** Label → text pairs of one group, the shape the table below compares. */
const pairs = (fields: Attribution['utm']) => fields.map((field) => [field.label, field.text])

describe('groupAttribution', () => {
  it.each<[string, unknown, unknown, Partial<Record<keyof Attribution, unknown>>]>([
    ['null metadata', null, undefined, {}],
    ['undefined metadata', undefined, undefined, {}],
    ['an empty object', {}, undefined, {}],
    [
      'UTM values in API order of importance',
      { utmTerm: 'crm', utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'spring', utmId: '12' },
      undefined,
      {
        utm: [
          ['Source', 'google'],
          ['Medium', 'cpc'],
          ['Campaign', 'spring'],
          ['Term', 'crm'],
          ['Campaign id', '12'],
        ],
      },
    ],
    [
      'UTM from the lead source when the metadata has none',
      { utmSource: null },
      { utm_source: 'newsletter', utm_content: 'video-a', referrer: 'https://t.co/' },
      {
        utm: [
          ['Source', 'newsletter'],
          ['Content', 'video-a'],
        ],
        source: [['Referrer', 'https://t.co/']],
      },
    ],
    [
      'Octanist snake_case UTM keys',
      { utm_source: 'bing', utm_medium: 'cpc' },
      undefined,
      {
        utm: [
          ['Source', 'bing'],
          ['Medium', 'cpc'],
        ],
      },
    ],
    [
      'geo with a flag and coordinates',
      {
        city: 'Austin',
        region: 'Texas',
        country: 'United States',
        countryCode: 'US',
        latitude: 30.27,
        longitude: -97.74,
        ipAddress: '203.0.113.7',
      },
      undefined,
      {
        geo: [
          ['City', 'Austin'],
          ['Region', 'Texas'],
          ['Country', '🇺🇸 United States (US)'],
          ['Coordinates', '30.27, -97.74'],
          ['IP address', '203.0.113.7'],
        ],
      },
    ],
    [
      'a country code alone, and a lone latitude',
      { countryCode: 'de', latitude: 52.5, longitude: null },
      undefined,
      {
        geo: [
          ['Country', '🇩🇪 de'],
          ['Latitude', '52.5'],
        ],
      },
    ],
    [
      'device summarised from the user agent',
      { userAgent: CHROME_ON_WINDOWS, screenWidth: 1920, screenHeight: 1080, language: 'en-US' },
      undefined,
      {
        device: [
          ['Browser', 'Chrome 137'],
          ['Operating system', 'Windows'],
          ['Screen', '1920 × 1080'],
          ['Language', 'en-US'],
          ['User agent', CHROME_ON_WINDOWS],
        ],
      },
    ],
    [
      'consent time, partner and setter code',
      { dataConsentAcceptedAt: '2026-05-08T14:23:11.000Z', partner: 'acme', setterCode: 'SET-1' },
      undefined,
      {
        consent: [['Data consent', '2026-05-08T14:23:11.000Z']],
        partner: [
          ['Partner', 'acme'],
          ['Setter code', 'SET-1'],
        ],
      },
    ],
    [
      'unknown keys under Other, null ones included, in API order',
      { hsutk: 'abc', nested: { a: 1 }, empty: null, flag: true, city: null },
      undefined,
      {
        other: [
          ['hsutk', 'abc'],
          ['nested', '{"a":1}'],
          ['empty', '—'],
          ['flag', 'Yes'],
        ],
      },
    ],
    [
      'metadata that is not an object',
      'utm=google',
      undefined,
      { other: [['metadata', 'utm=google']] },
    ],
  ])('%s', (_name, metadata, source, expected) => {
    const result = groupAttribution(metadata, source)
    for (const key of Object.keys(EMPTY) as Array<keyof Attribution>) {
      if (key === 'clickIds') {
        expect(result.clickIds).toEqual([])
      } else {
        expect(pairs(result[key]), key).toEqual(expected[key] ?? [])
      }
    }
  })

  it.each<[string, Record<string, unknown>, Array<[string, string[]]>]>([
    [
      'every documented Aura click id, by platform',
      {
        gclid: 'g1',
        gbraid: 'g2',
        wbraid: 'g3',
        dclid: 'g4',
        gclsrc: 'aw.ds',
        gadSource: '1',
        fbclid: 'f',
        msclkid: 'm',
        ttclid: 't',
        twclid: 'x',
        liFatId: 'l',
        rdtCid: 'r',
        scCid: 's',
        epik: 'p',
        yclid: 'y',
        hyclid: 'h',
      },
      [
        ['Google', ['gclid', 'gbraid', 'wbraid', 'dclid', 'gclsrc', 'gadSource']],
        ['Meta', ['fbclid']],
        ['Microsoft', ['msclkid']],
        ['TikTok', ['ttclid']],
        ['X', ['twclid']],
        ['LinkedIn', ['liFatId']],
        ['Reddit', ['rdtCid']],
        ['Snapchat', ['scCid']],
        ['Pinterest', ['epik']],
        ['Yandex', ['yclid']],
        ['Other', ['hyclid']],
      ],
    ],
    [
      'Octanist spellings and unknown click-id-like keys',
      {
        fbc: 'a',
        fbp: 'b',
        li_fat_id: 'c',
        rdt_cid: 'd',
        sccid: 'e',
        ga4cid: 'f',
        acme_click_id: 'z',
      },
      [
        ['Google Analytics', ['ga4cid']],
        ['Meta', ['fbc', 'fbp']],
        ['LinkedIn', ['li_fat_id']],
        ['Reddit', ['rdt_cid']],
        ['Snapchat', ['sccid']],
        ['Other', ['acme_click_id']],
      ],
    ],
    ['null and empty click ids are hidden', { gclid: null, fbclid: '', msclkid: undefined }, []],
  ])('%s', (_name, metadata, expected) => {
    const result = groupAttribution(metadata)
    expect(
      result.clickIds.map((group) => [group.platform, group.fields.map((field) => field.key)]),
    ).toEqual(expected)
    expect(result.other).toEqual([])
  })

  it('links a referrer or landing page only when safeHref allows it', () => {
    const safe = groupAttribution({
      referrer: 'https://www.google.com/',
      landingPage: 'https://acme.example/book',
      ref: 'homepage-hero',
    })
    expect(safe.source).toEqual([
      {
        key: 'referrer',
        label: 'Referrer',
        text: 'https://www.google.com/',
        href: 'https://www.google.com/',
      },
      {
        key: 'landingPage',
        label: 'Landing page',
        text: 'https://acme.example/book',
        href: 'https://acme.example/book',
      },
      { key: 'ref', label: 'Ref', text: 'homepage-hero', href: undefined },
    ])
    const hostile = groupAttribution({
      referrer: 'javascript:alert(1)',
      ref: ' JAVASCRIPT:alert(1)',
    })
    expect(hostile.source.map((field) => field.href)).toEqual([undefined, undefined])
    expect(hostile.source.map((field) => field.text)).toEqual([
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
    ])
  })

  it('marks timestamps and ids, keeps hostile text as text and caps huge values', () => {
    const result = groupAttribution({
      dataConsentAcceptedAt: 'not a date',
      gclid: '<script>alert(1)</script>',
      partner: 'x'.repeat(100_000),
    })
    expect(result.consent[0]).toMatchObject({ text: 'not a date', time: undefined })
    expect(result.clickIds[0]?.fields[0]).toMatchObject({
      text: '<script>alert(1)</script>',
      code: true,
    })
    expect(result.partner[0]?.text.length).toBeLessThanOrEqual(2001)
    expect(result.partner[0]?.text.endsWith('…')).toBe(true)
    expect(
      groupAttribution({ dataConsentAcceptedAt: '2026-05-08T14:23:11Z' }).consent[0]?.time,
    ).toBe('2026-05-08T14:23:11Z')
  })

  it('labels fields, the unlisted click-id platform and booleans in the given messages', () => {
    const result = groupAttribution(
      { utmSource: 'google', hyclid: 'h-1', city: 'Berlin', newsletter: true, optIn: false },
      { referrer: 'https://www.google.de/' },
      de,
    )
    expect(result.utm).toEqual([{ key: 'utmSource', label: 'Quelle', text: 'google' }])
    expect(result.clickIds.map((group) => group.platform)).toEqual(['Sonstige'])
    expect(result.source[0]?.label).toBe('Verweisende Seite')
    expect(result.geo[0]?.label).toBe('Stadt')
    expect(result.other.map((field) => field.text)).toEqual(['Ja', 'Nein'])
    expect(groupAttribution({ optIn: true }).other[0]?.text).toBe('Yes')
  })
})
