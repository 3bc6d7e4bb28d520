import { AuraApiError, AuraNetworkError, AuraValidationError } from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { errorsFromIssues, fieldErrorsFromError, fieldNamed } from './fieldErrors.ts'

const apiError = (status: number, message: string, details: unknown = null) =>
  new AuraApiError({
    api: 'aura',
    status,
    code: 'VALIDATION_ERROR',
    message,
    requestId: 'req_1',
    details,
    rateLimit: null,
    retryAfterMs: null,
  })

describe('fieldNamed', () => {
  it.each([
    ['email', 'email'],
    ['full_name', 'fullName'],
    ['fullName', 'fullName'],
    ['Phone', 'phone'],
    ['metadata.utmSource', 'utmSource'],
    ['metadata.utm_campaign', 'utmCampaign'],
    ['referrer', 'referrer'],
    ['metadata', undefined],
    ['input', undefined],
    ['Injected', undefined],
  ])('%j is %j', (name, expected) => {
    expect(fieldNamed(name)).toBe(expected)
  })
})

describe('errorsFromIssues', () => {
  it('labels field issues and keeps the first per field; others go to the form', () => {
    expect(
      errorsFromIssues([
        { field: 'email', message: 'is required' },
        { field: 'timezone', message: 'must be an IANA time zone' },
        { field: 'email', message: 'second' },
        { field: 'metadata', message: 'must be a plain object' },
      ]),
    ).toEqual({
      fields: { email: 'Email is required', timezone: 'Time zone must be an IANA time zone' },
      form: ['Metadata must be a plain object'],
    })
  })
})

describe('fieldErrorsFromError', () => {
  it('maps a 400 whose message starts with a field', () => {
    expect(fieldErrorsFromError(apiError(400, 'phone must be in E.164 format'))).toEqual({
      phone: 'Phone must be in E.164 format',
    })
    expect(fieldErrorsFromError(apiError(422, 'full_name is too long'))).toEqual({
      fullName: 'Full name is too long',
    })
  })

  it('maps fields named in details', () => {
    expect(fieldErrorsFromError(apiError(400, 'Invalid lead', { field: 'email' }))).toEqual({
      email: 'Invalid lead',
    })
    const details = {
      issues: [
        { path: ['metadata', 'utmSource'], message: 'too long' },
        { field: 'company', message: 'is blocked' },
        { field: 'nope', message: 'ignored' },
        'garbage',
      ],
    }
    expect(fieldErrorsFromError(apiError(400, 'Invalid lead', details))).toEqual({
      utmSource: 'Too long',
      company: 'Is blocked',
    })
  })

  it('maps the client validation error', () => {
    const error = new AuraValidationError([{ field: 'email', message: 'is required' }])
    expect(fieldErrorsFromError(error)).toEqual({ email: 'Email is required' })
  })

  it('returns null for errors that name no field', () => {
    expect(fieldErrorsFromError(apiError(400, 'Injected fault: HTTP 400'))).toBeNull()
    expect(fieldErrorsFromError(apiError(400, 'metadata must be an object or null'))).toBeNull()
    expect(fieldErrorsFromError(apiError(500, 'email service down'))).toBeNull()
    expect(fieldErrorsFromError(new AuraNetworkError('offline'))).toBeNull()
    expect(fieldErrorsFromError('boom')).toBeNull()
    expect(
      fieldErrorsFromError(new AuraValidationError([{ field: 'input', message: 'bad' }])),
    ).toBeNull()
  })
})
