import { auraErrorShape, octanistErrorShape } from './envelopes.ts'
import { type ApiName, AuraApiError } from './errors.ts'
import type { RateLimit } from './rate-limit.ts'
import { type InferShape, type Shape, walkShape } from './shape.ts'

export interface ErrorResponseContext {
  api: ApiName
  status: number
  statusText: string
  /** The decoded JSON body, or undefined when the body is not JSON. */
  body: unknown
  /** The raw body text, kept (shortened) as `details` when it is not a known envelope. */
  text: string
  headerRequestId: string | null
  rateLimit: RateLimit | null
  retryAfterMs: number | null
}

const MAX_DETAILS_LENGTH = 1000

/** Turns either API's error envelope (or any other error body) into an AuraApiError. */
export function toApiError(context: ErrorResponseContext): AuraApiError {
  const { body, headerRequestId, status, statusText } = context
  const aura = check(auraErrorShape, body)
  const octanist = aura ? undefined : check(octanistErrorShape, body)
  const error = octanist?.error
  return new AuraApiError({
    api: context.api,
    status,
    code: aura?.code ?? error?.code ?? `HTTP_${status}`,
    message:
      aura?.error ??
      error?.message ??
      (statusText === '' ? `HTTP ${status}` : `HTTP ${status} ${statusText}`),
    requestId: aura?.requestId ?? octanist?.meta?.requestId ?? headerRequestId,
    // The raw text (shortened) is kept when the body is not a known envelope.
    details: aura
      ? null
      : octanist
        ? (error?.details ?? null)
        : body === undefined
          ? context.text.slice(0, MAX_DETAILS_LENGTH) || null
          : body,
    rateLimit: context.rateLimit,
    retryAfterMs: context.retryAfterMs,
  })
}

/** `body` as `shape`, or undefined when it does not fit. */
function check<TShape extends Shape>(shape: TShape, body: unknown): InferShape<TShape> | undefined {
  let fits = true
  const output = walkShape(shape, body, () => {
    fits = false
  })
  return fits ? output : undefined
}
