import type { RateLimit } from '@aura-kit/client'

export interface PacingOptions {
  /**
   * Requests of each rate-limit window a background scan leaves to everything else (the tables,
   * a detail view). Default: a fifth of the limit, at least 2.
   */
  reserve?: number | undefined
}

/** Margin after the window's reset, for clocks a little apart. */
export const RESET_MARGIN_MS = 500

/** Requests of the window left to others. */
export function reserveOf(limit: number, options: PacingOptions = {}): number {
  const reserve = options.reserve ?? Math.ceil(limit / 5)
  return Math.max(options.reserve === undefined ? 2 : 0, Math.min(limit - 1, Math.floor(reserve)))
}

/**
 * How long to wait before the next request, from the newest `X-RateLimit-*` headers: nothing
 * while more than the reserve remains; once the scan's share is spent, until the window resets
 * (nothing once that time has passed). Without headers there is nothing to go by, so no wait;
 * a 429 that still comes (clocks far apart) is waited out by the scan with its `Retry-After`.
 */
export function delayBeforeRequest(
  rateLimit: RateLimit | null,
  now: number,
  options: PacingOptions = {},
): number {
  if (!rateLimit || !(rateLimit.limit > 0)) {
    return 0
  }
  if (rateLimit.remaining > reserveOf(rateLimit.limit, options)) {
    return 0
  }
  const untilReset = rateLimit.resetAt.getTime() - now
  return Number.isFinite(untilReset) && untilReset > -RESET_MARGIN_MS
    ? Math.max(0, untilReset + RESET_MARGIN_MS)
    : 0
}
