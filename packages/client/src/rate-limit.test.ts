import { describe, expect, it } from 'vitest'
import { parseRateLimit, parseResetDelayMs, parseRetryAfterMs } from './rate-limit.ts'

const NOW = Date.UTC(2026, 0, 17, 8, 0, 0)

describe('parseRateLimit', () => {
  it('reads the three X-RateLimit headers, reset in unix seconds', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '42',
      'X-RateLimit-Reset': '1768636860',
    })
    expect(parseRateLimit(headers)).toEqual({
      limit: 100,
      remaining: 42,
      resetAt: new Date(1768636860 * 1000),
    })
  })

  it.each([
    [{}],
    [{ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '1' }],
    [{ 'X-RateLimit-Limit': 'lots', 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': '1' }],
    [{ 'X-RateLimit-Limit': '', 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset': '1' }],
  ])('is null when a header is missing or not a number: %j', (init) => {
    expect(parseRateLimit(new Headers(init))).toBeNull()
  })
})

describe('parseRetryAfterMs', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['1.5', 1500],
    [new Date(NOW + 30_000).toUTCString(), 30_000],
    [new Date(NOW - 30_000).toUTCString(), 0],
  ])('Retry-After: %s → %i ms', (value, expected) => {
    expect(parseRetryAfterMs(new Headers({ 'Retry-After': value }), NOW)).toBe(expected)
  })

  it.each([[''], ['soon'], ['-5']])('ignores an unusable Retry-After %j', (value) => {
    expect(parseRetryAfterMs(new Headers({ 'Retry-After': value }), NOW)).toBeNull()
  })

  it('is null without the header', () => {
    expect(parseRetryAfterMs(new Headers(), NOW)).toBeNull()
  })
})

describe('parseResetDelayMs', () => {
  it('is the reset time minus now', () => {
    const headers = new Headers({ 'X-RateLimit-Reset': String(NOW / 1000 + 7) })
    expect(parseResetDelayMs(headers, NOW)).toBe(7000)
  })

  it('never goes negative', () => {
    const headers = new Headers({ 'X-RateLimit-Reset': String(NOW / 1000 - 7) })
    expect(parseResetDelayMs(headers, NOW)).toBe(0)
  })

  it('is null without the header', () => {
    expect(parseResetDelayMs(new Headers(), NOW)).toBeNull()
  })
})
