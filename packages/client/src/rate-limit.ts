/** The `X-RateLimit-*` headers of a response. */
export interface RateLimit {
  limit: number
  remaining: number
  resetAt: Date
}

/** A header's number, or null when it is missing, blank or not a number. */
function headerNumber(headers: Headers, name: string): number | null {
  const raw = headers.get(name)?.trim()
  return raw && Number.isFinite(Number(raw)) ? Number(raw) : null
}

/** All three `X-RateLimit-*` headers, or null when any is missing or not a number. */
export function parseRateLimit(headers: Headers): RateLimit | null {
  const limit = headerNumber(headers, 'x-ratelimit-limit')
  const remaining = headerNumber(headers, 'x-ratelimit-remaining')
  const reset = headerNumber(headers, 'x-ratelimit-reset')
  return limit === null || remaining === null || reset === null
    ? null
    : { limit, remaining, resetAt: new Date(reset * 1000) }
}

/** `Retry-After` as delta-seconds or an HTTP-date, in ms from `nowMs` (never negative). */
export function parseRetryAfterMs(headers: Headers, nowMs: number): number | null {
  const raw = headers.get('retry-after')?.trim() ?? ''
  if (/^\d+(\.\d+)?$/.test(raw)) {
    return Math.round(Number(raw) * 1000)
  }
  // An HTTP-date always names a month; this keeps Date.parse from reading "-5" as a year.
  const date = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs)
}

/** `X-RateLimit-Reset` (unix seconds) minus now, in ms (never negative). */
export function parseResetDelayMs(headers: Headers, nowMs: number): number | null {
  const reset = headerNumber(headers, 'x-ratelimit-reset')
  return reset === null ? null : Math.max(0, Math.ceil(reset * 1000 - nowMs))
}
