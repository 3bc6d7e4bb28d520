import { addDays, type DayRange, daysIn, normalizeRange } from '@aura-kit/hooks'

/** The period presets the overview offers: the last 7, 30 or 90 days up to today. */
export const PERIOD_PRESETS = [7, 30, 90] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]
export const DEFAULT_PRESET: PeriodPreset = 30

/** The longest custom range (a year and a day): the Octanist chart asks two counts per bucket. */
export const MAX_RANGE_DAYS = 366

/** A preset relative to the API's today, or fixed days. */
export type Period = { kind: 'preset'; days: PeriodPreset } | { kind: 'custom'; range: DayRange }

/** Whose figures the overview shows. */
export type OverviewData = 'aura' | 'octanist'

const isPreset = (value: number): value is PeriodPreset =>
  (PERIOD_PRESETS as readonly number[]).includes(value)

/**
 * At most `MAX_RANGE_DAYS` days: the end that was not just edited moves (`keep` names the one
 * that stays).
 */
export function clampRange(range: DayRange, keep: 'from' | 'to' = 'to'): DayRange {
  if (daysIn(range) <= MAX_RANGE_DAYS) {
    return range
  }
  return keep === 'from'
    ? { from: range.from, to: addDays(range.from, MAX_RANGE_DAYS - 1) }
    : { from: addDays(range.to, -(MAX_RANGE_DAYS - 1)), to: range.to }
}

/**
 * The period in the query string: `from` and `to` (`YYYY-MM-DD`, both included) for fixed days,
 * else `period=7|30|90`; anything else is the default, the last 30 days.
 */
export function periodFromParams(params: URLSearchParams): Period {
  const from = params.get('from')
  const to = params.get('to')
  // normalizeRange turns down anything that is not a real day, and puts the ends in order.
  const range = from !== null && to !== null ? normalizeRange({ from, to }) : null
  if (range) {
    return { kind: 'custom', range: clampRange(range) }
  }
  const days = Number(params.get('period'))
  return { kind: 'preset', days: isPreset(days) ? days : DEFAULT_PRESET }
}

/** A copy of `base` with the period written in (other params kept). */
export function periodToParams(period: Period, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base)
  if (period.kind === 'preset') {
    params.set('period', String(period.days))
    params.delete('from')
    params.delete('to')
  } else {
    params.delete('period')
    params.set('from', period.range.from)
    params.set('to', period.range.to)
  }
  return params
}

/** The days a period covers, `today` being the API's today in the kit's zone. */
export function rangeOf(period: Period, today: string): DayRange {
  return period.kind === 'custom'
    ? period.range
    : { from: addDays(today, -(period.days - 1)), to: today }
}

/** `?data=octanist` shows Octanist's figures; anything else Aura's. */
export function overviewDataFromParams(params: URLSearchParams): OverviewData {
  return params.get('data') === 'octanist' ? 'octanist' : 'aura'
}

export function overviewDataToParams(data: OverviewData, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base)
  if (data === 'octanist') {
    params.set('data', 'octanist')
  } else {
    params.delete('data')
  }
  return params
}
