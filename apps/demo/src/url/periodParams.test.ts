import { daysIn } from '@aura-kit/hooks'
import { expect, test } from 'vitest'
import {
  clampRange,
  MAX_RANGE_DAYS,
  overviewDataFromParams,
  overviewDataToParams,
  periodFromParams,
  periodToParams,
  rangeOf,
} from './periodParams.ts'

const params = (query: string) => new URLSearchParams(query)

test('no params: the last 30 days up to the API’s today', () => {
  const period = periodFromParams(params(''))
  expect(period).toEqual({ kind: 'preset', days: 30 })
  expect(rangeOf(period, '2026-06-01')).toEqual({ from: '2026-05-03', to: '2026-06-01' })
})

test('each preset covers that many days, today included', () => {
  for (const days of [7, 30, 90]) {
    const period = periodFromParams(params(`period=${days}`))
    expect(period).toEqual({ kind: 'preset', days })
    const range = rangeOf(period, '2026-03-01')
    expect(range.to).toBe('2026-03-01')
    expect(daysIn(range)).toBe(days)
  }
  expect(rangeOf({ kind: 'preset', days: 7 }, '2026-03-01').from).toBe('2026-02-23')
})

test('an unknown preset falls back to the default', () => {
  expect(periodFromParams(params('period=365'))).toEqual({ kind: 'preset', days: 30 })
  expect(periodFromParams(params('period=abc'))).toEqual({ kind: 'preset', days: 30 })
})

test('from and to make a custom period, whatever the preset says; today does not move it', () => {
  const period = periodFromParams(params('period=7&from=2026-01-01&to=2026-01-31'))
  expect(period).toEqual({ kind: 'custom', range: { from: '2026-01-01', to: '2026-01-31' } })
  expect(rangeOf(period, '2026-06-01')).toEqual({ from: '2026-01-01', to: '2026-01-31' })
})

test('a reversed custom period is put in order; a malformed or unreal day is ignored', () => {
  expect(periodFromParams(params('from=2026-02-10&to=2026-02-01'))).toEqual({
    kind: 'custom',
    range: { from: '2026-02-01', to: '2026-02-10' },
  })
  expect(periodFromParams(params('from=2026-02-31&to=2026-03-10'))).toEqual({
    kind: 'preset',
    days: 30,
  })
  expect(periodFromParams(params('from=yesterday&to=2026-03-10&period=90'))).toEqual({
    kind: 'preset',
    days: 90,
  })
  expect(periodFromParams(params('from=2026-03-01'))).toEqual({ kind: 'preset', days: 30 })
})

test('a custom period longer than the limit keeps the end that was not edited', () => {
  const long = { from: '2024-01-01', to: '2026-06-01' }
  const keptTo = clampRange(long)
  expect(keptTo.to).toBe('2026-06-01')
  expect(daysIn(keptTo)).toBe(MAX_RANGE_DAYS)
  const keptFrom = clampRange(long, 'from')
  expect(keptFrom.from).toBe('2024-01-01')
  expect(daysIn(keptFrom)).toBe(MAX_RANGE_DAYS)
  expect(periodFromParams(params('from=2024-01-01&to=2026-06-01'))).toEqual({
    kind: 'custom',
    range: keptTo,
  })
  const short = { from: '2026-01-01', to: '2026-01-02' }
  expect(clampRange(short)).toBe(short)
})

test('writing a period keeps the other params and round-trips', () => {
  const base = params('data=octanist&from=2026-01-01&to=2026-01-02')
  const preset = periodToParams({ kind: 'preset', days: 90 }, base)
  expect(preset.toString()).toBe('data=octanist&period=90')
  expect(periodFromParams(preset)).toEqual({ kind: 'preset', days: 90 })
  const custom = periodToParams(
    { kind: 'custom', range: { from: '2025-12-01', to: '2026-02-28' } },
    preset,
  )
  expect(custom.toString()).toBe('data=octanist&from=2025-12-01&to=2026-02-28')
  expect(periodFromParams(custom)).toEqual({
    kind: 'custom',
    range: { from: '2025-12-01', to: '2026-02-28' },
  })
  // The base is copied, never changed.
  expect(base.toString()).toBe('data=octanist&from=2026-01-01&to=2026-01-02')
})

test('the overview shows Aura unless the URL asks for Octanist', () => {
  expect(overviewDataFromParams(params(''))).toBe('aura')
  expect(overviewDataFromParams(params('data=octanist'))).toBe('octanist')
  expect(overviewDataFromParams(params('data=OCTANIST'))).toBe('aura')
  const octanist = overviewDataToParams('octanist', params('period=7'))
  expect(octanist.toString()).toBe('period=7&data=octanist')
  expect(overviewDataToParams('aura', octanist).toString()).toBe('period=7')
})
