import { describe, expect, it } from 'vitest'
import { octanistErrorExample } from './test-utils/octanistExample.ts'
import { type ErrorResponseContext, toApiError } from './toApiError.ts'

function context(overrides: Partial<ErrorResponseContext>): ErrorResponseContext {
  return {
    api: 'aura',
    status: 404,
    statusText: 'Not Found',
    body: undefined,
    text: '',
    headerRequestId: null,
    rateLimit: null,
    retryAfterMs: null,
    ...overrides,
  }
}

describe('toApiError', () => {
  it('reads the Aura envelope', () => {
    const body = {
      code: 'NOT_FOUND',
      error: 'Lead not found',
      requestId: 'req_abc123',
      success: false,
    }
    const error = toApiError(context({ body, headerRequestId: 'req_header' }))
    expect(error).toMatchObject({
      api: 'aura',
      status: 404,
      code: 'NOT_FOUND',
      message: 'Lead not found',
      requestId: 'req_abc123',
      details: null,
    })
  })

  it('reads the Octanist envelope', () => {
    const error = toApiError(context({ api: 'octanist', status: 400, body: octanistErrorExample }))
    expect(error).toMatchObject({
      api: 'octanist',
      status: 400,
      code: 'INVALID_FILTER',
      message: 'Unknown filter field: colour',
      requestId: 'req_oct_2',
      details: { field: 'colour' },
    })
  })

  it.each([
    ['Aura without code or requestId', { success: false, error: 'Nope' }, 'HTTP_500', 'Nope'],
    [
      'Octanist without a message',
      { success: false, error: { code: 'INTERNAL_ERROR' } },
      'INTERNAL_ERROR',
      'HTTP 500 Internal Server Error',
    ],
  ])('fills gaps: %s', (_name, body, code, message) => {
    const error = toApiError(
      context({ status: 500, statusText: 'Internal Server Error', body, headerRequestId: 'req_h' }),
    )
    expect(error).toMatchObject({ code, message, requestId: 'req_h' })
  })

  it('turns a non-JSON body into HTTP_<status>, keeping the text as details', () => {
    const error = toApiError(
      context({ status: 502, statusText: 'Bad Gateway', text: '<html>upstream down</html>' }),
    )
    expect(error).toMatchObject({
      code: 'HTTP_502',
      message: 'HTTP 502 Bad Gateway',
      details: '<html>upstream down</html>',
      requestId: null,
    })
  })

  it('keeps an unknown JSON error body as details', () => {
    const error = toApiError(context({ status: 403, statusText: '', body: { reason: 'ip' } }))
    expect(error).toMatchObject({
      code: 'HTTP_403',
      message: 'HTTP 403',
      details: { reason: 'ip' },
    })
  })

  it('passes rate limit and retry-after through', () => {
    const rateLimit = { limit: 100, remaining: 0, resetAt: new Date(0) }
    const error = toApiError(context({ status: 429, rateLimit, retryAfterMs: 5000 }))
    expect(error.rateLimit).toBe(rateLimit)
    expect(error.retryAfterMs).toBe(5000)
  })
})
