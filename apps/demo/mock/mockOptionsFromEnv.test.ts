import { expect, test } from 'vitest'
import { mockOptionsFromEnv } from './mockOptionsFromEnv.ts'

test('defaults: the full seeded data, the real rate limit, a clock at the reference date', () => {
  let now = 1_000
  const options = mockOptionsFromEnv({}, 1_000, () => now)
  expect(options).toMatchObject({
    seed: 42,
    counts: { leads: 5000, calls: 2000, octanistLeads: 5000 },
    rateLimit: { perMinute: 100 },
  })
  expect(new Date(options.now?.() ?? 0).toISOString()).toBe('2026-06-01T00:00:00.000Z')
  now += 90_000
  expect(new Date(options.now?.() ?? 0).toISOString()).toBe('2026-06-01T00:01:30.000Z')
})

test('AURA_MOCK_* size the data and switch the rate limit', () => {
  expect(
    mockOptionsFromEnv({
      AURA_MOCK_LEADS: '400',
      AURA_MOCK_CALLS: '0',
      AURA_MOCK_OCTANIST_LEADS: '12',
      AURA_MOCK_RATE_LIMIT: 'off',
      AURA_MOCK_SEED: '7',
    }),
  ).toMatchObject({
    seed: 7,
    counts: { leads: 400, calls: 0, octanistLeads: 12 },
    rateLimit: false,
  })
  expect(mockOptionsFromEnv({ AURA_MOCK_RATE_LIMIT: '20' }).rateLimit).toEqual({ perMinute: 20 })
})

test('a malformed value fails loudly instead of serving surprising data', () => {
  expect(() => mockOptionsFromEnv({ AURA_MOCK_LEADS: '4e2' })).toThrow(/AURA_MOCK_LEADS/)
  expect(() => mockOptionsFromEnv({ AURA_MOCK_RATE_LIMIT: 'on' })).toThrow(/AURA_MOCK_RATE_LIMIT/)
})

test('AURA_MOCK_DATA picks the seeded or the awkward data mode, and nothing else', () => {
  expect(mockOptionsFromEnv({}).dataMode).toBe('seeded')
  expect(mockOptionsFromEnv({ AURA_MOCK_DATA: 'awkward' }).dataMode).toBe('awkward')
  expect(() => mockOptionsFromEnv({ AURA_MOCK_DATA: 'weird' })).toThrow(/AURA_MOCK_DATA/)
})
