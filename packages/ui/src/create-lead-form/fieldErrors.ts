import { AuraApiError, AuraValidationError, type ValidationIssue } from '@aura-kit/client'
import type { AuraMessages } from '../messages/types.ts'
import { CREATE_LEAD_FIELDS, type CreateLeadField } from './createLeadFormValues.ts'

type CreateFormMessages = AuraMessages['createForm']

/** A check of the client's `validateCreateLeadInput` that the messages have words for. */
export type FieldRule = 'required' | 'email' | 'phone' | 'timezone' | 'notText'

/**
 * What is wrong with one field, kept as data so it reads in the language in force when shown:
 * a known rule, the field's label followed by text the client or the server gave, or the
 * server's own sentence.
 */
export type FieldError = { rule: FieldRule } | { afterLabel: string } | { text: string }

/** A problem no input shows: the metadata object as a whole, the input itself, or the server's. */
export type FormIssue = { rule: 'metadata' | 'input' } | { text: string }

export type FieldErrors = Partial<Record<CreateLeadField, FieldError>>

export interface MappedErrors {
  fields: FieldErrors
  form: FormIssue[]
}

const byLooseName = new Map<string, CreateLeadField>(
  CREATE_LEAD_FIELDS.map((field) => [field.toLowerCase(), field]),
)

/**
 * The form field a name points at: the client's (`fullName`), the API's (`full_name`), or a
 * metadata path (`metadata.utmSource`, `metadata.utm_source`). Undefined for anything else.
 */
export function fieldNamed(name: string): CreateLeadField | undefined {
  const loose = name
    .trim()
    .toLowerCase()
    .replace(/^metadata\./, '')
    .replaceAll('_', '')
  return byLooseName.get(loose)
}

const capitalize = (message: string) => message.charAt(0).toUpperCase() + message.slice(1)

/** The client's wording of each rule (`validateCreateLeadInput` in @aura-kit/client). */
const CLIENT_RULES: ReadonlyArray<readonly [RegExp, FieldRule]> = [
  [/^is required$/, 'required'],
  [/^must be a valid email address$/, 'email'],
  [/^must be in E\.164 format\b/, 'phone'],
  [/^must be an IANA time zone\b/, 'timezone'],
  [/^must be a string$/, 'notText'],
]

function fieldErrorFromIssue(message: string): FieldError {
  const rule = CLIENT_RULES.find(([pattern]) => pattern.test(message))?.[1]
  return rule === undefined ? { afterLabel: ` ${message}` } : { rule }
}

function formIssueFromIssue(issue: ValidationIssue): FormIssue {
  if (issue.field === 'metadata' && /^must be a plain object$/.test(issue.message)) {
    return { rule: 'metadata' }
  }
  if (issue.field === 'input' && /^must be an object$/.test(issue.message)) {
    return { rule: 'input' }
  }
  return { text: capitalize(`${issue.field} ${issue.message}`) }
}

/** `validateCreateLeadInput` issues as inline errors; the first issue per field wins. */
export function errorsFromIssues(issues: readonly ValidationIssue[]): MappedErrors {
  const mapped: MappedErrors = { fields: {}, form: [] }
  for (const issue of issues) {
    const field = fieldNamed(issue.field)
    if (field === undefined) {
      mapped.form.push(formIssueFromIssue(issue))
    } else {
      mapped.fields[field] ??= fieldErrorFromIssue(issue.message)
    }
  }
  return mapped
}

export function hasErrors(mapped: MappedErrors): boolean {
  return mapped.form.length > 0 || Object.keys(mapped.fields).length > 0
}

/** Whether two errors read the same (so a re-check can keep the current object). */
export function sameFieldError(a: FieldError | undefined, b: FieldError | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b
  }
  return (
    ('rule' in a ? a.rule : undefined) === ('rule' in b ? b.rule : undefined) &&
    ('afterLabel' in a ? a.afterLabel : undefined) ===
      ('afterLabel' in b ? b.afterLabel : undefined) &&
    ('text' in a ? a.text : undefined) === ('text' in b ? b.text : undefined)
  )
}

const RULE_MESSAGES = {
  required: 'errorRequired',
  email: 'errorEmail',
  phone: 'errorPhone',
  timezone: 'errorTimezone',
  notText: 'errorNotText',
} as const satisfies Record<FieldRule, keyof CreateFormMessages>

/** An inline error in the catalogue's words, with the field's label. */
export function fieldErrorText(
  messages: CreateFormMessages,
  field: CreateLeadField,
  error: FieldError,
): string {
  const label = messages[field]
  if ('rule' in error) {
    return messages[RULE_MESSAGES[error.rule]](label)
  }
  if ('afterLabel' in error) {
    return `${label}${error.afterLabel}`
  }
  return error.text
}

/** A form-level issue in the catalogue's words (the server's own text stays as it came). */
export function formIssueText(messages: CreateFormMessages, issue: FormIssue): string {
  if ('text' in issue) {
    return issue.text
  }
  return issue.rule === 'metadata' ? messages.errorMetadata : messages.errorInput
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pathName(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value
  }
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) {
    return value.join('.')
  }
  return undefined
}

/** `details` as `{ field }` or `{ issues | errors: [{ field | path, message }] }`. */
function errorsFromDetails(details: unknown, fallback: string): FieldErrors {
  const fields: FieldErrors = {}
  if (!isRecord(details)) {
    return fields
  }
  const single = pathName(details.field)
  const singleField = single === undefined ? undefined : fieldNamed(single)
  if (singleField) {
    fields[singleField] = { text: fallback }
  }
  const list = Array.isArray(details.issues) ? details.issues : details.errors
  if (Array.isArray(list)) {
    for (const item of list) {
      const name = isRecord(item) ? pathName(item.field ?? item.path) : undefined
      const field = name === undefined ? undefined : fieldNamed(name)
      if (isRecord(item) && field) {
        fields[field] ??= {
          text: typeof item.message === 'string' ? capitalize(item.message) : fallback,
        }
      }
    }
  }
  return fields
}

// Aura's error envelope has no details; its messages start with the field ("phone must be ...").
const LEADING_NAME = /^[A-Za-z_.]+\b/

/**
 * Inline errors for a rejected create when the error names fields: the client's validation
 * issues, or a 400/422 whose details or message name a field. Null when nothing is named, so
 * the caller shows the error for the whole form.
 */
export function fieldErrorsFromError(error: unknown): FieldErrors | null {
  if (error instanceof AuraValidationError) {
    const mapped = errorsFromIssues(error.issues)
    return mapped.form.length === 0 && Object.keys(mapped.fields).length > 0 ? mapped.fields : null
  }
  if (!(error instanceof AuraApiError) || (error.status !== 400 && error.status !== 422)) {
    return null
  }
  const message = capitalize(error.message.trim())
  const fromDetails = errorsFromDetails(error.details, message)
  if (Object.keys(fromDetails).length > 0) {
    return fromDetails
  }
  const leading = LEADING_NAME.exec(message)?.[0]
  const field = leading === undefined ? undefined : fieldNamed(leading)
  // "full_name is too long" reads "Full name is too long", with the label the user sees.
  return field && leading !== undefined
    ? { [field]: { afterLabel: message.slice(leading.length) } }
    : null
}
