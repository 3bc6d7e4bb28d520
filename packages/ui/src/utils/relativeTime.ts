const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Largest unit first; months and years are calendar approximations, fine for "3 months ago". */
const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', SECOND],
]

export interface RelativeTimeParts {
  value: number
  unit: Intl.RelativeTimeFormatUnit
}

/** The largest whole unit between `time` and `now` (negative = past), truncated toward zero. */
export function relativeTimeParts(time: number, now: number): RelativeTimeParts {
  const difference = time - now
  const size = Math.abs(difference)
  for (const [unit, milliseconds] of UNITS) {
    if (size >= milliseconds) {
      return { value: Math.trunc(difference / milliseconds), unit }
    }
  }
  return { value: 0, unit: 'second' }
}

/**
 * A formatter for "3 days ago" / "in 2 hours" in `locale`; unknown locales fall back to en-US.
 * Returns undefined for anything that is not a valid date.
 */
export function createRelativeTimeFormatter(
  locale?: string,
): (value: unknown, now: number) => string | undefined {
  let format: Intl.RelativeTimeFormat
  try {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  } catch {
    format = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })
  }
  return (value, now) => {
    if (typeof value !== 'string' && typeof value !== 'number') {
      return undefined
    }
    const time = new Date(value).getTime()
    if (Number.isNaN(time) || !Number.isFinite(now)) {
      return undefined
    }
    const { value: amount, unit } = relativeTimeParts(time, now)
    return format.format(amount, unit)
  }
}
