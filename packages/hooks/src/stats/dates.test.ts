import { describe, expect, it } from 'vitest'
import {
  addDays,
  createDayKeyer,
  dayNumber,
  daysIn,
  lastDays,
  normalizeRange,
  previousRange,
  startOfDay,
  toInstant,
} from './dates.ts'

describe('day keys', () => {
  it.each([
    ['2026-05-31T22:30:00Z', 'Europe/Berlin', '2026-06-01'],
    ['2026-05-31T21:30:00Z', 'Europe/Berlin', '2026-05-31'],
    ['2026-06-01T03:00:00Z', 'America/New_York', '2026-05-31'],
    ['2026-05-31T18:30:00Z', 'Asia/Kolkata', '2026-06-01'],
    ['2026-05-31T18:29:59Z', 'Asia/Kolkata', '2026-05-31'],
    ['2026-03-29T01:30:00Z', 'Europe/Berlin', '2026-03-29'],
    [Date.parse('2026-06-01T00:00:00Z'), 'UTC', '2026-06-01'],
    ['2026-06-01T10:00:00Z', 'Not/AZone', '2026-06-01'],
  ])('%s in %s is %s', (instant, timeZone, day) => {
    expect(createDayKeyer(timeZone)(instant)).toBe(day)
  })

  it.each([
    null,
    undefined,
    '',
    '   ',
    'yesterday',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    9e15,
    {},
    [],
    true,
  ])('%s has no day', (value) => {
    expect(createDayKeyer('UTC')(value)).toBeNull()
  })

  it('reads ISO strings, epoch ms and Dates alike', () => {
    const ms = Date.parse('2026-01-02T03:04:05Z')
    expect(toInstant('2026-01-02T03:04:05Z')).toBe(ms)
    expect(toInstant(ms)).toBe(ms)
    expect(toInstant(new Date(ms))).toBe(ms)
    expect(toInstant(new Date(Number.NaN))).toBeNull()
  })
})

describe('day arithmetic', () => {
  it('validates day keys, rolling nothing over', () => {
    expect(dayNumber('2026-02-28')).toBe(Date.UTC(2026, 1, 28))
    expect(dayNumber('2026-02-29')).toBeNull()
    expect(dayNumber('2026-13-01')).toBeNull()
    expect(dayNumber('26-1-1')).toBeNull()
  })

  it.each([
    [{ from: '2026-05-01', to: '2026-05-31' }, 31, { from: '2026-03-31', to: '2026-04-30' }],
    [{ from: '2026-06-01', to: '2026-06-01' }, 1, { from: '2026-05-31', to: '2026-05-31' }],
    [{ from: '2024-02-28', to: '2024-03-01' }, 3, { from: '2024-02-25', to: '2024-02-27' }],
  ])('%o has %i days, after %o', (range, length, before) => {
    expect(daysIn(range)).toBe(length)
    expect(previousRange(range)).toEqual(before)
  })

  it('orders a reversed range and drops an invalid one', () => {
    expect(normalizeRange({ from: '2026-05-31', to: '2026-05-01' })).toEqual({
      from: '2026-05-01',
      to: '2026-05-31',
    })
    expect(normalizeRange({ from: 'soon', to: '2026-05-01' })).toBeNull()
    expect(daysIn({ from: '2026-05-31', to: '2026-05-01' })).toBe(0)
  })

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('the last n days end today in the zone', () => {
    const now = Date.parse('2026-06-01T12:00:00Z')
    expect(lastDays(7, 'UTC', now)).toEqual({ from: '2026-05-26', to: '2026-06-01' })
    expect(lastDays(1, 'Pacific/Kiritimati', now)).toEqual({ from: '2026-06-02', to: '2026-06-02' })
  })
})

describe('startOfDay', () => {
  it.each([
    ['2026-06-01', 'UTC', '2026-06-01T00:00:00.000Z'],
    ['2026-06-01', 'Asia/Kolkata', '2026-05-31T18:30:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z'],
    // Chile skips midnight on its spring change: the day starts at 01:00 (-03).
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
  ])('%s in %s starts at %s', (day, timeZone, instant) => {
    expect(startOfDay(day, timeZone).toISOString()).toBe(instant)
  })

  it('agrees with the day keyer at the boundary', () => {
    for (const timeZone of ['Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe']) {
      const dayOf = createDayKeyer(timeZone)
      for (const day of ['2026-01-15', '2026-04-05', '2026-10-04', '2026-11-01']) {
        const start = startOfDay(day, timeZone).getTime()
        expect(dayOf(start)).toBe(day)
        expect(dayOf(start - 1)).toBe(addDays(day, -1))
      }
    }
  })
})
