import {
  createFormatters,
  EMPTY_VALUE,
  type FormatterOptions,
  type Formatters,
  isFiniteNumber,
  toDate,
} from '../utils/formatters.ts'
import { createRelativeTimeFormatter } from '../utils/relativeTime.ts'

export interface PanelFormatters extends Formatters {
  /** "3 days ago", relative to `now`; undefined for a non-date. */
  relative: (iso: unknown) => string | undefined
  /** Date and time with the zone's short name, in `timeZone`; undefined for a non-date or bad zone. */
  zoned: (iso: unknown, timeZone: string) => string | undefined
  /** An amount already in major units (Octanist's `value`), in the currency. */
  amount: (value: unknown) => string
  /** The zone dates are shown in for the viewer (the option, else the runtime's). */
  viewerTimeZone: string
  /** The IANA name a zone resolves to, or undefined when the runtime does not know it. */
  resolveTimeZone: (timeZone: unknown) => string | undefined
}

export interface PanelFormatterOptions extends FormatterOptions {
  now: number
  /** The kit's formatters for the same locale, zone and currency, reused instead of rebuilt. */
  base?: Formatters | undefined
}

function tryCreate<T>(make: () => T): T | undefined {
  try {
    return make()
  } catch {
    return undefined
  }
}

/** The table formatters plus what the panel adds: relative times, zoned times, plain amounts. */
export function createPanelFormatters({
  locale,
  timeZone,
  currency = 'USD',
  now,
  base = createFormatters({ locale, timeZone, currency }),
}: PanelFormatterOptions): PanelFormatters {
  const relative = createRelativeTimeFormatter(locale)
  const zonedFormats = new Map<string, Intl.DateTimeFormat | undefined>()
  const zonedFormat = (zone: string) => {
    if (!zonedFormats.has(zone)) {
      const options = {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: zone,
      } satisfies Intl.DateTimeFormatOptions
      // timeStyle cannot be combined with timeZoneName, so the zone name comes from a second format.
      const format =
        tryCreate(() => new Intl.DateTimeFormat(locale, options)) ??
        tryCreate(() => new Intl.DateTimeFormat('en-US', options))
      zonedFormats.set(zone, format)
    }
    return zonedFormats.get(zone)
  }
  const zoneNames = new Map<string, Intl.DateTimeFormat | undefined>()
  const zoneName = (zone: string, date: Date) => {
    if (!zoneNames.has(zone)) {
      zoneNames.set(
        zone,
        tryCreate(
          () => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }),
        ) ??
          tryCreate(
            () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }),
          ),
      )
    }
    return zoneNames
      .get(zone)
      ?.formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value
  }
  const amount =
    tryCreate(() => new Intl.NumberFormat(locale, { style: 'currency', currency })) ??
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
  const resolveTimeZone = (zone: unknown) =>
    typeof zone === 'string' && zone !== ''
      ? tryCreate(
          () => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone,
        )
      : undefined
  const viewerTimeZone =
    resolveTimeZone(timeZone) ?? new Intl.DateTimeFormat().resolvedOptions().timeZone
  return {
    ...base,
    relative: (iso) => relative(iso, now),
    zoned: (iso, zone) => {
      const date = toDate(iso)
      const format = date ? zonedFormat(zone) : undefined
      if (!date || !format) {
        return undefined
      }
      const name = zoneName(zone, date)
      return name ? `${format.format(date)} ${name}` : format.format(date)
    },
    amount: (value) => (isFiniteNumber(value) ? amount.format(value) : EMPTY_VALUE),
    viewerTimeZone,
    resolveTimeZone,
  }
}
