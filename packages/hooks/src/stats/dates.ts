/**
 * Calendar days as `YYYY-MM-DD` strings in one IANA time zone. A day key compares and sorts as a
 * string, so ranges are plain string comparisons and need no zone arithmetic.
 */

/** A range of whole days, both ends included, in the time zone the figures are counted in. */
export interface DayRange {
  /** First day, `YYYY-MM-DD`. */
  from: string
  /** Last day (included), `YYYY-MM-DD`. */
  to: string
}

const DAY_MS = 86_400_000
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** UTC midnight of a day key, or null when it is not a real `YYYY-MM-DD` date. */
export function dayNumber(day: string): number | null {
  const match = DAY_KEY.exec(day)
  if (!match) {
    return null
  }
  const [, year, month, date] = match.map(Number) as [number, number, number, number]
  const ms = Date.UTC(year, month - 1, date)
  // Date.UTC rolls 2026-02-31 over into March: such a key is not a day.
  return new Date(ms).getUTCDate() === date && new Date(ms).getUTCMonth() === month - 1 ? ms : null
}

const keyOf = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10)

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  const start = dayNumber(day)
  return start === null ? day : keyOf(start + days * DAY_MS)
}

/** Whole days from `from` to `to`, both included (1 for a single day; 0 for a reversed range). */
export function daysIn(range: DayRange): number {
  const from = dayNumber(range.from)
  const to = dayNumber(range.to)
  if (from === null || to === null || to < from) {
    return 0
  }
  return Math.round((to - from) / DAY_MS) + 1
}

/** The range of the same length just before `range`. */
export function previousRange(range: DayRange): DayRange {
  const length = daysIn(range)
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) }
}

/** A valid range with `from <= to`, or null. */
export function normalizeRange(range: DayRange | null | undefined): DayRange | null {
  if (!range) {
    return null
  }
  const from = dayNumber(range.from)
  const to = dayNumber(range.to)
  if (from === null || to === null) {
    return null
  }
  return from <= to ? { from: range.from, to: range.to } : { from: range.to, to: range.from }
}

/** An instant in ms from an ISO string, epoch ms or a Date; null for anything unparseable. */
export function toInstant(value: unknown): number | null {
  let ms: number
  if (typeof value === 'string') {
    ms = value.trim() === '' ? Number.NaN : Date.parse(value)
  } else if (typeof value === 'number') {
    ms = value
  } else if (value instanceof Date) {
    ms = value.getTime()
  } else {
    return null
  }
  // The Date range (±8.64e15 ms); beyond it no calendar day exists.
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : null
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per zone (building one is the slow part); an unknown zone falls back to UTC. */
function partsFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? ''
  let formatter = partsFormatters.get(key)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }
    try {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone })
    } catch {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' })
    }
    partsFormatters.set(key, formatter)
  }
  return formatter
}

/** The wall-clock reading of `ms` in `timeZone`, as if that reading were UTC. */
function wallClock(ms: number, timeZone: string | undefined): number {
  const parts: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value)
    }
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts
  const wall = new Date(Date.UTC(2000, month - 1, day, hour, minute, second))
  wall.setUTCFullYear(year)
  return wall.getTime()
}

/**
 * A function from an instant (ISO string, epoch ms or Date) to its `YYYY-MM-DD` day in
 * `timeZone` (default: the runtime's), or null when the value is not a date. Answers are cached
 * per instant, so a list scanned page by page is only formatted once.
 */
export function createDayKeyer(timeZone?: string): (value: unknown) => string | null {
  const cache = new Map<number, string>()
  return (value) => {
    const ms = toInstant(value)
    if (ms === null) {
      return null
    }
    let day = cache.get(ms)
    if (day === undefined) {
      const wall = wallClock(ms, timeZone)
      day = Number.isFinite(wall) ? keyOf(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS)) : ''
      if (cache.size > 100_000) {
        cache.clear()
      }
      cache.set(ms, day)
    }
    return day === '' || !DAY_KEY.test(day) ? null : day
  }
}

/** The instant a day starts in `timeZone` (midnight, or the first moment after a skipped one). */
export function startOfDay(day: string, timeZone?: string): Date {
  const midnight = dayNumber(day) ?? 0
  let guess = midnight
  // Two rounds find the zone's offset at that midnight, across a DST change too.
  for (let round = 0; round < 2; round++) {
    guess = midnight - (wallClock(guess, timeZone) - guess)
  }
  // Where midnight is skipped (Santiago's spring change), the guess reads 23:00 the day before.
  const behind = midnight - wallClock(guess, timeZone)
  return new Date(behind > 0 ? guess + behind : guess)
}

/** Today as a day key in `timeZone`. */
export function today(timeZone?: string, now: number = Date.now()): string {
  return createDayKeyer(timeZone)(now) ?? keyOf(now - (now % DAY_MS))
}

/** The last `days` days up to and including today, in `timeZone`. */
export function lastDays(days: number, timeZone?: string, now: number = Date.now()): DayRange {
  const to = today(timeZone, now)
  return { from: addDays(to, -(Math.max(1, Math.floor(days)) - 1)), to }
}
