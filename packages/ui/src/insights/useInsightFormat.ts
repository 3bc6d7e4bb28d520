'use client'
import { useMemo } from 'react'
import { useKit } from '../kit/KitContext.tsx'

/** How the widgets spell their figures, built once per locale and zone. */
export interface InsightFormat {
  integer: (value: number) => string
  /** Cents in the kit's currency. */
  money: (cents: number) => string
  /** A share (0.235 → "23.5 %"); the dash for null. */
  percent: (share: number | null) => string
  /** A `YYYY-MM-DD` day, e.g. "May 4, 2026". */
  day: (day: string) => string
  /** A `YYYY-MM-DD` day, short, e.g. "May 4". */
  shortDay: (day: string) => string
  /** An instant's time of day in the kit's zone. */
  time: (ms: number) => string
}

function make<T>(build: () => T, fallback: () => T): T {
  try {
    return build()
  } catch {
    return fallback()
  }
}

/** The kit's formatters plus the ones only the widgets need (percent, calendar days). */
export function useInsightFormat(): InsightFormat {
  const { locale, timeZone, format } = useKit()
  return useMemo(() => {
    const percent = make(
      () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
      () => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
    )
    // Day keys are calendar days already counted in the kit's zone: read them as UTC dates.
    const day = make(
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }),
    )
    const shortDay = make(
      () => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
      () => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    )
    const time = make(
      () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone }),
      () => new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' }),
    )
    const asDate = (key: string) => {
      const ms = Date.parse(key)
      return Number.isNaN(ms) ? null : ms
    }
    return {
      integer: (value) => format.integer(value),
      money: (cents) => format.money(cents),
      percent: (share) => (share === null || !Number.isFinite(share) ? '—' : percent.format(share)),
      day: (key) => {
        const ms = asDate(key)
        return ms === null ? key : day.format(ms)
      },
      shortDay: (key) => {
        const ms = asDate(key)
        return ms === null ? key : shortDay.format(ms)
      },
      time: (ms) => time.format(ms),
    }
  }, [locale, timeZone, format])
}
