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

export function createFormatters({
  locale,
  timeZone,
  currency = 'USD',
}: FormatterOptions = {}): Formatters {
  const money = safeFormat(
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
    () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }),
  )
  const dateTime = safeFormat(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }),
  )
  const date = safeFormat(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
    () => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }),
  )
  const integer = safeFormat(
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  )
  const decimal = safeFormat(
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  )
  return {
    money: (cents) => (isFiniteNumber(cents) ? money.format(cents / 100) : EMPTY_VALUE),
    number: (value) => (isFiniteNumber(value) ? decimal.format(value) : EMPTY_VALUE),
    dateTime: (iso) => {
      const value = toDate(iso)
      return value ? dateTime.format(value) : EMPTY_VALUE
    },
    date: (iso) => {
      const value = toDate(iso)
      return value ? date.format(value) : EMPTY_VALUE
    },
    integer: (value) => (isFiniteNumber(value) ? integer.format(value) : EMPTY_VALUE),
    minutes: (value) => (isFiniteNumber(value) ? `${integer.format(value)} min` : EMPTY_VALUE),
  }
}

/** A short display string for any field value: strings as is, everything odd as the dash. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') {
    return value === '' ? EMPTY_VALUE : value
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value)
  }
  return EMPTY_VALUE
}
