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
  /** `GET /v1/leads`, for messages and data issues. */
  label: string
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
  const requestId = headers.get('x-request-id')
  const body = decodeJson(text)
  if (!response.ok || (body as { success?: unknown } | null)?.success === false) {
    throw readErrorResponse(response, text, context, body)
  }
  if (body === undefined) {
    throw new AuraResponseError({
      message: `Response body from ${context.label} is not JSON`,
      path: '',
      status,
      requestId,
    })
  }
  const data = parseResponse(schema, body, { label: context.label, status, requestId })
  return { data, label: context.label, status, rateLimit: parseRateLimit(headers), requestId }
}

/** The AuraApiError for an error response whose body text is `text` (decoded: `body`). */
export function readErrorResponse(
  response: Response,
  text: string,
  { api, nowMs }: Pick<ReadContext, 'api' | 'nowMs'>,
  body = decodeJson(text),
): AuraApiError {
  const { headers, status } = response
  return toApiError({
    api,
    status,
    statusText: response.statusText,
    body,
    text,
    headerRequestId: headers.get('x-request-id'),
    rateLimit: parseRateLimit(headers),
    retryAfterMs:
      parseRetryAfterMs(headers, nowMs) ??
      (status === 429 ? parseResetDelayMs(headers, nowMs) : null),
  })
}

/** The decoded body, or undefined when the text is not JSON (JSON never decodes to undefined). */
function decodeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
