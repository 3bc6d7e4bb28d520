import { describe, expect, it } from 'vitest'
import { createRelativeTimeFormatter, relativeTimeParts } from './relativeTime.ts'

const NOW = Date.parse('2026-05-08T12:00:00Z')
const minutes = (count: number) => count * 60_000
const days = (count: number) => count * 86_400_000

describe('relativeTimeParts', () => {
  it.each([
    [0, { value: 0, unit: 'second' }],
    [-500, { value: 0, unit: 'second' }],
    [-45_000, { value: -45, unit: 'second' }],
    [-minutes(1), { value: -1, unit: 'minute' }],
    [-minutes(59), { value: -59, unit: 'minute' }],
    [-minutes(90), { value: -1, unit: 'hour' }],
    [minutes(150), { value: 2, unit: 'hour' }],
    [-days(1), { value: -1, unit: 'day' }],
    [-days(6), { value: -6, unit: 'day' }],
    [-days(13), { value: -1, unit: 'week' }],
    [days(45), { value: 1, unit: 'month' }],
    [-days(400), { value: -1, unit: 'year' }],
  ])('%d ms from now is %o', (offset, expected) => {
    expect(relativeTimeParts(NOW + offset, NOW)).toEqual(expected)
  })
})

describe('createRelativeTimeFormatter', () => {
  const format = createRelativeTimeFormatter('en-US')

  it.each([
    ['2026-05-05T12:00:00Z', '3 days ago'],
    ['2026-05-07T11:00:00Z', 'yesterday'],
    ['2026-05-08T14:30:00Z', 'in 2 hours'],
    ['2026-05-08T12:00:00Z', 'now'],
    ['2024-01-01T00:00:00Z', '2 years ago'],
  ])('%s reads %s', (iso, expected) => {
    expect(format(iso, NOW)).toBe(expected)
  })

  it('returns undefined for anything that is not a date', () => {
    for (const value of [null, undefined, 'not a date', {}, '']) {
      expect(format(value, NOW)).toBeUndefined()
    }
  })

  it('uses the locale and survives an invalid one', () => {
    expect(createRelativeTimeFormatter('de-DE')('2026-05-05T12:00:00Z', NOW)).toBe('vor 3 Tagen')
    expect(createRelativeTimeFormatter('not a locale!')('2026-05-05T12:00:00Z', NOW)).toBe(
      '3 days ago',
    )
  })
})
