import { describe, expect, it } from 'vitest'
import {
  AuraApiError,
  AuraKitError,
  AuraNetworkError,
  AuraPaginationError,
  AuraResponseError,
  AuraTimeoutError,
  AuraValidationError,
  isAuraKitError,
  isRetryable,
} from './errors.ts'

function apiError(status: number) {
  return new AuraApiError({
    api: 'aura',
    status,
    code: `HTTP_${status}`,
    message: 'x',
    requestId: null,
    details: null,
    rateLimit: null,
    retryAfterMs: null,
  })
}

describe('isRetryable', () => {
  it.each([
    [new AuraNetworkError('down'), true],
    [new AuraTimeoutError(10), true],
    [apiError(408), true],
    [apiError(429), true],
    [apiError(500), true],
    [apiError(503), true],
    [apiError(400), false],
    [apiError(401), false],
    [apiError(404), false],
    [new AuraValidationError([{ field: 'email', message: 'is required' }]), false],
    [new AuraResponseError({ message: 'x', path: '', status: 200, requestId: null }), false],
    [new AuraPaginationError('empty-page', 'x'), false],
    [new DOMException('aborted', 'AbortError'), false],
    [new TypeError('x'), false],
  ])('%o → %s', (error, expected) => {
    expect(isRetryable(error)).toBe(expected)
  })
})

describe('the error hierarchy', () => {
  it('every error is an AuraKitError and an Error, with its own name', () => {
    const errors = [
      apiError(500),
      new AuraNetworkError('down', { cause: new TypeError('fetch failed') }),
      new AuraTimeoutError(5),
      new AuraValidationError([]),
      new AuraResponseError({ message: 'x', path: 'data', status: 200, requestId: null }),
      new AuraPaginationError('repeated-cursor', 'x'),
    ]
    expect(errors.map((error) => error.name)).toEqual([
      'AuraApiError',
      'AuraNetworkError',
      'AuraTimeoutError',
      'AuraValidationError',
      'AuraResponseError',
      'AuraPaginationError',
    ])
    for (const error of errors) {
      expect(error).toBeInstanceOf(AuraKitError)
      expect(error).toBeInstanceOf(Error)
      expect(isAuraKitError(error)).toBe(true)
    }
  })

  it('isAuraKitError is false for other errors and non-errors', () => {
    expect(isAuraKitError(new Error('x'))).toBe(false)
    expect(isAuraKitError({ name: 'AuraApiError' })).toBe(false)
    expect(isAuraKitError({ isAuraKitError: true })).toBe(false)
  })

  it("isAuraKitError knows an error from another copy of the package (instanceof can't)", () => {
    class OtherCopyError extends Error {
      readonly isAuraKitError = true as const
    }
    expect(new OtherCopyError('x')).not.toBeInstanceOf(AuraKitError)
    expect(isAuraKitError(new OtherCopyError('x'))).toBe(true)
  })

  it('AuraValidationError lists every issue in its message', () => {
    const error = new AuraValidationError([
      { field: 'email', message: 'is required' },
      { field: 'phone', message: 'must be in E.164 format' },
    ])
    expect(error.message).toBe('Invalid input: email: is required; phone: must be in E.164 format')
  })
})
