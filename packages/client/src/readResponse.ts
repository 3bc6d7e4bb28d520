import { type ApiName, type AuraApiError, AuraResponseError } from './errors.ts'
import { parseResponse } from './parseResponse.ts'
import {
  parseRateLimit,
  parseResetDelayMs,
  parseRetryAfterMs,
  type RateLimit,
} from './rate-limit.ts'
import type { InferShape, Shape } from './shape.ts'
import { toApiError } from './toApiError.ts'

export interface ReadResult<T> {
  data: T
  status: number
  rateLimit: RateLimit | null
  requestId: string | null
}

export interface ReadContext {
  api: ApiName
  /** `GET /v1/leads`, for messages. */
  label: string
  nowMs: number
}

type Decoded = { json: true; value: unknown } | { json: false }

/**
 * Turns a response and its body text into validated data, or throws: AuraApiError for an error
 * status or a `success: false` envelope, AuraResponseError for a body that is not JSON or does not
 * match `schema`.
 */
export function readResponse<TSchema extends Shape>(
  schema: TSchema,
  response: Response,
  text: string,
  context: ReadContext,
): ReadResult<InferShape<TSchema>> {
  const { headers, status } = response
  const rateLimit = parseRateLimit(headers)
  const requestId = headers.get('x-request-id')
  const decoded = decodeJson(text)
  if (!response.ok || (decoded.json && isFailureEnvelope(decoded.value))) {
    throw apiErrorFrom(response, decoded, text, context)
  }
  if (!decoded.json) {
    throw new AuraResponseError({
      message: `Response body from ${context.label} is not JSON`,
      path: '',
      status,
      requestId,
    })
  }
  const data = parseResponse(schema, decoded.value, {
    label: context.label,
    status,
    requestId,
  })
  return { data, status, rateLimit, requestId }
}

/** The AuraApiError for an error response whose body text is `text`. */
export function readErrorResponse(
  response: Response,
  text: string,
  context: Pick<ReadContext, 'api' | 'nowMs'>,
): AuraApiError {
  return apiErrorFrom(response, decodeJson(text), text, context)
}

function apiErrorFrom(
  response: Response,
  decoded: Decoded,
  text: string,
  context: Pick<ReadContext, 'api' | 'nowMs'>,
): AuraApiError {
  const { headers, status } = response
  const retryAfterMs =
    parseRetryAfterMs(headers, context.nowMs) ??
    (status === 429 ? parseResetDelayMs(headers, context.nowMs) : null)
  return toApiError({
    api: context.api,
    status,
    statusText: response.statusText,
    body: decoded.json ? decoded.value : undefined,
    text,
    headerRequestId: headers.get('x-request-id'),
    rateLimit: parseRateLimit(headers),
    retryAfterMs,
  })
}

function decodeJson(text: string): Decoded {
  if (text.trim() === '') {
    return { json: false }
  }
  try {
    return { json: true, value: JSON.parse(text) }
  } catch {
    return { json: false }
  }
}

function isFailureEnvelope(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'success' in body && body.success === false
}
