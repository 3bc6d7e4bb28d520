export interface RetryOptions {
  /** Extra attempts after the first (GET only). Default 3. */
  retries: number
  /** First backoff ceiling; doubles per retry. Default 300. */
  baseDelayMs: number
  /** Cap on one backoff wait. Default 10_000. */
  maxDelayMs: number
  /** If the server asks us to wait longer than this, give up at once. Default 60_000. */
  maxRetryAfterMs: number
}

export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = {
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
}

export function resolveRetryOptions(
  retry: Partial<RetryOptions> | false | undefined,
): RetryOptions {
  const merged = { ...DEFAULT_RETRY_OPTIONS, ...(retry === false ? { retries: 0 } : retry) }
  return { ...merged, retries: Math.max(0, Math.floor(merged.retries)) }
}

/** Capped exponential backoff with full jitter; `retryIndex` is 0 for the first retry. */
export function backoffDelayMs(retryIndex: number, options: RetryOptions, random: () => number) {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retryIndex)
  return Math.floor(random() * ceiling)
}
