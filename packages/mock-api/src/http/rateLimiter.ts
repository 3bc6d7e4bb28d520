const WINDOW_MS = 60_000

export interface RateLimitState {
  limit: number
  remaining: number
  /** Unix seconds at which the current window ends. */
  reset: number
  /** Whole seconds until the window ends (at least 1). */
  retryAfter: number
  limited: boolean
}

export interface RateLimiter {
  /** Counts one request for `key` in the current fixed window. */
  consume(key: string, now: number): RateLimitState
  /** The state without counting (for responses that carry no valid key). */
  peek(key: string | null, now: number): RateLimitState
  reset(): void
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  const countFor = (key: string | null, start: number): number => {
    const window = key === null ? undefined : windows.get(key)
    return window !== undefined && window.start === start ? window.count : 0
  }
  const state = (count: number, start: number, now: number): RateLimitState => ({
    limit: perMinute,
    remaining: Math.max(0, perMinute - count),
    reset: (start + WINDOW_MS) / 1000,
    retryAfter: Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000)),
    limited: count > perMinute,
  })
  return {
    consume(key, now) {
      const start = Math.floor(now / WINDOW_MS) * WINDOW_MS
      const count = countFor(key, start) + 1
      windows.set(key, { start, count })
      return state(count, start, now)
    },
    peek(key, now) {
      const start = Math.floor(now / WINDOW_MS) * WINDOW_MS
      return state(countFor(key, start), start, now)
    },
    reset: () => windows.clear(),
  }
}

export function rateLimitHeaders(headers: Headers, state: RateLimitState): void {
  headers.set('X-RateLimit-Limit', String(state.limit))
  headers.set('X-RateLimit-Remaining', String(state.remaining))
  headers.set('X-RateLimit-Reset', String(state.reset))
}
