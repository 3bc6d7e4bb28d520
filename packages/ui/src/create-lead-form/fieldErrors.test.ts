import {
  AuraApiError,
  AuraNetworkError,
  AuraValidationError,
  validateCreateLeadInput,
} from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { de } from '../messages/de/index.ts'
import { en } from '../messages/en/index.ts'
import type { AuraMessages } from '../messages/types.ts'
import type { CreateLeadField } from './createLeadFormValues.ts'
import {
  errorsFromIssues,
  type FieldErrors,
  fieldErrorsFromError,
  fieldErrorText,
  fieldNamed,
  formIssueText,
} from './fieldErrors.ts'

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

/** The errors as the form shows them in `messages`' language. */
function asText(fields: FieldErrors | null, messages: AuraMessages = en) {
  if (fields === null) {
    return null
  }
  return Object.fromEntries(
    Object.entries(fields).map(([field, error]) => [
      field,
      error === undefined
        ? undefined
        : fieldErrorText(messages.createForm, field as CreateLeadField, error),
    ]),
  )
}

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
  const issues = [
    { field: 'email', message: 'is required' },
    { field: 'timezone', message: 'must be an IANA time zone, like America/New_York' },
    { field: 'email', message: 'second' },
    { field: 'company', message: 'must be shorter' },
    { field: 'metadata', message: 'must be a plain object' },
    { field: 'sort', message: 'must be known' },
  ]

  it('labels field issues and keeps the first per field; others go to the form', () => {
    const mapped = errorsFromIssues(issues)
    expect(asText(mapped.fields)).toEqual({
      email: 'Email is required',
      timezone: 'Time zone must be an IANA time zone, like America/New_York',
      // A check the messages have no words for keeps the client's text after the label.
      company: 'Company must be shorter',
    })
    expect(mapped.form.map((issue) => formIssueText(en.createForm, issue))).toEqual([
      'Attribution metadata must be a plain object',
      'Sort must be known',
    ])
  })

  it('words the known rules in the catalogue in force', () => {
    const mapped = errorsFromIssues(issues)
    expect(asText(mapped.fields, de)).toEqual({
      email: 'E-Mail ist erforderlich',
      timezone: 'Zeitzone muss eine IANA-Zeitzone sein, etwa Europe/Berlin',
      company: 'Firma must be shorter',
    })
    expect(formIssueText(de.createForm, mapped.form[0] ?? { text: '' })).toBe(
      'Die Herkunftsdaten müssen ein einfaches Objekt sein',
    )
  })

  it("recognises every rule of the client's own validation", () => {
    const cases = [
      { email: '' },
      { email: 'ada@example' },
      { email: 'ada@example.com', phone: '(415) 555-2671' },
      { email: 'ada@example.com', timezone: 'Mars/Olympus_Mons' },
      { email: 'ada@example.com', fullName: 42 as unknown as string },
      { email: 'ada@example.com', metadata: [] as unknown as Record<string, string> },
    ]
    const mapped = cases.map((input) => errorsFromIssues(validateCreateLeadInput(input)))
    const kinds = mapped.flatMap(({ fields, form }) => [...Object.values(fields), ...form])
    expect(kinds).toEqual([
      { rule: 'required' },
      { rule: 'email' },
      { rule: 'phone' },
      { rule: 'timezone' },
      { rule: 'notText' },
      { rule: 'metadata' },
    ])
    const input = errorsFromIssues(validateCreateLeadInput(null as never)).form
    expect(input).toEqual([{ rule: 'input' }])
  })
})

describe('fieldErrorsFromError', () => {
  it('maps a 400 whose message starts with a field, keeping the server text after the label', () => {
    expect(asText(fieldErrorsFromError(apiError(400, 'phone must be in E.164 format')))).toEqual({
      phone: 'Phone must be in E.164 format',
    })
    const tooLong = fieldErrorsFromError(apiError(422, 'full_name is too long'))
    expect(asText(tooLong)).toEqual({ fullName: 'Full name is too long' })
    expect(asText(tooLong, de)).toEqual({ fullName: 'Vollständiger Name is too long' })
  })

  it("maps fields named in details, with the server's own words", () => {
    const single = fieldErrorsFromError(apiError(400, 'Invalid lead', { field: 'email' }))
    expect(asText(single)).toEqual({ email: 'Invalid lead' })
    expect(asText(single, de)).toEqual({ email: 'Invalid lead' })
    const details = {
      issues: [
        { path: ['metadata', 'utmSource'], message: 'too long' },
        { field: 'company', message: 'is blocked' },
        { field: 'nope', message: 'ignored' },
        'garbage',
      ],
    }
    expect(asText(fieldErrorsFromError(apiError(400, 'Invalid lead', details)))).toEqual({
      utmSource: 'Too long',
      company: 'Is blocked',
    })
  })

  it('maps the client validation error', () => {
    const error = new AuraValidationError([{ field: 'email', message: 'is required' }])
    expect(asText(fieldErrorsFromError(error))).toEqual({ email: 'Email is required' })
    expect(asText(fieldErrorsFromError(error), de)).toEqual({ email: 'E-Mail ist erforderlich' })
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
