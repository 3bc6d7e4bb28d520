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
  const common = {
    api: context.api,
    status: context.status,
    rateLimit: context.rateLimit,
    retryAfterMs: context.retryAfterMs,
  }
  const fallbackCode = `HTTP_${context.status}`

  const aura = check(auraErrorShape, context.body)
  if (aura !== undefined) {
    return new AuraApiError({
      ...common,
      code: aura.code ?? fallbackCode,
      message: aura.error,
      requestId: aura.requestId ?? context.headerRequestId,
      details: null,
    })
  }

  const octanist = check(octanistErrorShape, context.body)
  if (octanist !== undefined) {
    const { error, meta } = octanist
    return new AuraApiError({
      ...common,
      code: error.code ?? fallbackCode,
      message: error.message ?? httpMessage(context),
      requestId: meta?.requestId ?? context.headerRequestId,
      details: error.details ?? null,
    })
  }

  return new AuraApiError({
    ...common,
    code: fallbackCode,
    message: httpMessage(context),
    requestId: context.headerRequestId,
    details:
      context.body === undefined ? context.text.slice(0, MAX_DETAILS_LENGTH) || null : context.body,
  })
}

function httpMessage(context: ErrorResponseContext): string {
  return context.statusText === ''
    ? `HTTP ${context.status}`
    : `HTTP ${context.status} ${context.statusText}`
}

/** `body` as `shape`, or undefined when it does not fit. */
function check<TShape extends Shape>(shape: TShape, body: unknown): InferShape<TShape> | undefined {
  let fits = true
  const output = walkShape(shape, body, () => {
    fits = false
  })
  return fits ? output : undefined
}
