import { AuraApiError, AuraValidationError, type ValidationIssue } from '@aura-kit/client'
import { CREATE_LEAD_FIELDS, type CreateLeadField, FIELD_LABELS } from './createLeadFormValues.ts'

export type FieldErrors = Partial<Record<CreateLeadField, string>>

export interface MappedErrors {
  fields: FieldErrors
  /** Messages about something no input shows (the metadata object as a whole, the input itself). */
  form: string[]
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

/** `validateCreateLeadInput` issues as inline messages ("Email is required"). */
export function errorsFromIssues(issues: readonly ValidationIssue[]): MappedErrors {
  const mapped: MappedErrors = { fields: {}, form: [] }
  for (const issue of issues) {
    const field = fieldNamed(issue.field)
    if (field === undefined) {
      mapped.form.push(capitalize(`${issue.field} ${issue.message}`))
    } else {
      mapped.fields[field] ??= `${FIELD_LABELS[field]} ${issue.message}`
    }
  }
  return mapped
}

export function hasErrors(mapped: MappedErrors): boolean {
  return mapped.form.length > 0 || Object.keys(mapped.fields).length > 0
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
    fields[singleField] = fallback
  }
  const list = Array.isArray(details.issues) ? details.issues : details.errors
  if (Array.isArray(list)) {
    for (const item of list) {
      const name = isRecord(item) ? pathName(item.field ?? item.path) : undefined
      const field = name === undefined ? undefined : fieldNamed(name)
      if (isRecord(item) && field) {
        fields[field] ??= typeof item.message === 'string' ? capitalize(item.message) : fallback
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
  return field ? { [field]: `${FIELD_LABELS[field]}${message.slice(leading?.length)}` } : null
}
