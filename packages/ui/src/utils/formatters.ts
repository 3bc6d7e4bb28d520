/** Intl formatters for one locale and time zone; build once per locale/zone, not per cell. */
export interface Formatters {
  money: (cents: unknown) => string
  /** A whole number in the locale's grouping. */
  integer: (value: unknown) => string
  /** A plain amount in the locale's grouping, up to two decimals (Octanist's unit-less `value`). */
  number: (value: unknown) => string
  dateTime: (iso: unknown) => string
  date: (iso: unknown) => string
  minutes: (value: unknown) => string
}

export const EMPTY_VALUE = '—'

export interface FormatterOptions {
  locale?: string | undefined
  timeZone?: string | undefined
  currency?: string | undefined
}

function safeFormat<T>(make: () => T, fallback: () => T): T {
  try {
    return make()
  } catch {
    // An unknown locale, zone or currency from a host must not crash the table.
    return fallback()
  }
}

/** A finite number, the only kind a formatter shows. */
export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** A Date from an ISO string or epoch ms; undefined for anything unparseable. */
export function toDate(iso: unknown): Date | undefined {
  if (typeof iso !== 'string' && typeof iso !== 'number') {
    return undefined
  }
  const value = new Date(iso)
  return Number.isNaN(value.getTime()) ? undefined : value
}

/**
 * The formatters for a locale, time zone and currency. Each `Intl` object is built on its first
 * use (building one costs milliseconds, and a table may never show minutes); an unknown locale,
 * zone or currency falls back to en-US, the runtime's zone and USD.
 */
export function createFormatters({
  locale,
  timeZone,
  currency = 'USD',
}: FormatterOptions = {}): Formatters {
  const once = <T>(make: (fallback: boolean) => T) => {
    let made: T | undefined
    return () => {
      made ??= safeFormat(
        () => make(false),
        () => make(true),
      )
      return made
    }
  }
  const numbers = (options: Intl.NumberFormatOptions) =>
    once((fallback) =>
      fallback
        ? new Intl.NumberFormat(
            'en-US',
            options.currency ? { ...options, currency: 'USD' } : options,
          )
        : new Intl.NumberFormat(locale, options),
    )
  const dates = (options: Intl.DateTimeFormatOptions) =>
    once((fallback) =>
      fallback
        ? new Intl.DateTimeFormat('en-US', options)
        : new Intl.DateTimeFormat(locale, { ...options, timeZone }),
    )
  const ofNumber =
    (format: () => Intl.NumberFormat, scale = 1) =>
    (value: unknown) =>
      isFiniteNumber(value) ? format().format(value / scale) : EMPTY_VALUE
  const ofDate = (format: () => Intl.DateTimeFormat) => (iso: unknown) => {
    const value = toDate(iso)
    return value ? format().format(value) : EMPTY_VALUE
  }
  return {
    money: ofNumber(numbers({ style: 'currency', currency }), 100),
    number: ofNumber(numbers({ maximumFractionDigits: 2 })),
    integer: ofNumber(numbers({ maximumFractionDigits: 0 })),
    // The unit in the locale's own words: "45 min", "45 Min.".
    minutes: ofNumber(
      numbers({ style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 }),
    ),
    dateTime: ofDate(dates({ dateStyle: 'medium', timeStyle: 'short' })),
    date: ofDate(dates({ dateStyle: 'medium' })),
  }
}

/** Longest value text shown for one field; a 100 kB string must not become a 100 kB label. */
export const MAX_VALUE_LENGTH = 2000

/** The words a boolean is shown as: pass the kit's `messages.common`. */
export interface BooleanWords {
  yes: string
  no: string
}

const ENGLISH_BOOLEANS: BooleanWords = { yes: 'Yes', no: 'No' }

/**
 * The kit's one value-to-text helper. Text for one API value of any type: strings as they are,
 * finite numbers and bigints spelled out, booleans as `words` (the kit's `messages.common`),
 * objects as JSON; undefined for null, undefined, '' and non-finite numbers. Results longer than
 * `maxLength` are cut with an ellipsis.
 */
export function displayValue(
  value: unknown,
  maxLength = MAX_VALUE_LENGTH,
  words: BooleanWords = ENGLISH_BOOLEANS,
): string | undefined {
  const text = toText(value, words)
  if (text === undefined || text === '') {
    return undefined
  }
  return text.length > maxLength ? `${cutAt(text, maxLength)}…` : text
}

/** `displayValue`, or the dash when there is nothing to show: what a cell renders. */
export function textOf(value: unknown, maxLength?: number, words?: BooleanWords): string {
  return displayValue(value, maxLength, words) ?? EMPTY_VALUE
}

function toText(value: unknown, words: BooleanWords): string | undefined {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined
    case 'boolean':
      return value ? words.yes : words.no
    case 'bigint':
      return String(value)
    case 'object':
      if (value === null) {
        return undefined
      }
      try {
        return JSON.stringify(value)
      } catch {
        // Cycles cannot come from JSON, but a host's hand-made object might have one.
        return '[object]'
      }
    default:
      return undefined
  }
}

/** `text` cut to at most `length` UTF-16 units without splitting a surrogate pair. */
export function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1)
  const endsInHighSurrogate = code >= 0xd800 && code <= 0xdbff
  return text.slice(0, endsInHighSurrogate ? length - 1 : length)
}
