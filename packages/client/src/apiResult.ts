import type { RateLimit } from './rate-limit.ts'

export interface RequestOptions {
  /** Aborting rejects with the signal's reason, also while waiting between retries. */
  signal?: AbortSignal
}

export interface ApiResult<T> {
  data: T
  /** From `X-RateLimit-*`; null when the response has none. */
  rateLimit: RateLimit | null
  requestId: string | null
}

export interface CursorPage<T> extends ApiResult<T[]> {
  hasMore: boolean
  /** Opaque: pass it back unchanged as `cursor`. */
  nextCursor: string | null
}
