import { ApiError } from '../http/ApiError.ts'

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 date or date-time (ms since epoch); anything else, or a non-existent day, is INVALID_DATE. */
export function parseFilterDate(raw: string, field: string): number {
  const match = ISO_DATE.exec(raw.trim())
  const invalid = new ApiError(400, 'INVALID_DATE', `Invalid date for ${field}: "${raw}"`, {
    field,
    value: raw,
  })
  if (match === null) {
    throw invalid
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  const sameDay =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day)
  if (!sameDay || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    throw invalid
  }
  const zone = match[7] ?? 'Z'
  const normalisedZone =
    zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
  const withoutZone = raw
    .trim()
    .slice(0, raw.trim().length - (match[7]?.length ?? 0))
    .replace(' ', 'T')
  // Dates without a zone are UTC here (JavaScript would read a zone-less date-time as local time).
  const time = Date.parse(
    match[4] === undefined ? `${withoutZone}T00:00:00Z` : `${withoutZone}${normalisedZone}`,
  )
  if (Number.isNaN(time)) {
    throw invalid
  }
  return time
}
