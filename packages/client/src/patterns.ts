import type { ValidationIssue } from './errors.ts'

export const CLERK_USER_ID_PATTERN = /^user_[A-Za-z0-9]+$/
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/
/** Deliberately loose: one `@`, no spaces, a dot in the domain. The server has the last word. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const OFFSET_TIME_ZONE = /^[+-]/

/** True for IANA zone names (`America/New_York`, `UTC`); offsets like `+01:00` are refused. */
export function isIanaTimeZone(value: string): boolean {
  if (value === '' || OFFSET_TIME_ZONE.test(value)) {
    return false
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Checks one set (non-null) input value: the problem (`must be …`), or undefined when valid. */
export type Check = (value: unknown) => string | undefined

export const checkLimit: Check = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100
    ? undefined
    : 'must be an integer from 1 to 100'

export const checkString: Check = (value) =>
  typeof value === 'string' ? undefined : 'must be a string'

export const checkBoolean: Check = (value) =>
  typeof value === 'boolean' ? undefined : 'must be true or false'

/** A string matching `pattern`; `description` completes "must be …". */
export const matching =
  (pattern: RegExp, description: string): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? undefined : `must be ${description}`

/** Each field's check, in the order fields are checked and sent. */
export type FieldChecks<TRecord> = { readonly [Name in keyof Required<TRecord>]?: Check }

/** Adds to `issues` one for each set (not null or undefined) field that fails its check. */
export function checkFields<TRecord extends object>(
  record: TRecord,
  checks: FieldChecks<TRecord>,
  issues: ValidationIssue[] = [],
): ValidationIssue[] {
  for (const [field, check] of Object.entries(checks as Record<string, Check>)) {
    const value: unknown = Reflect.get(record, field)
    const message = value === undefined || value === null ? undefined : check(value)
    if (message !== undefined) {
      issues.push({ field, message })
    }
  }
  return issues
}

/** `[snake_case name, value]` for each set field in `checks`, in order (`assignedToId` → `assigned_to_id`). */
export function setFields<TRecord extends object>(
  record: TRecord,
  checks: FieldChecks<TRecord>,
): Array<[string, unknown]> {
  const fields: Array<[string, unknown]> = []
  for (const name of Object.keys(checks)) {
    const value: unknown = Reflect.get(record, name)
    if (value !== undefined && value !== null) {
      fields.push([name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), value])
    }
  }
  return fields
}

/** Collects issues; `check` adds at most one issue for its field, and none for null or undefined. */
export class IssueList {
  readonly issues: ValidationIssue[] = []

  add(field: string, message: string): void {
    this.issues.push({ field, message })
  }

  check(field: string, value: unknown, check: Check): void {
    checkFields({ [field]: value }, { [field]: check }, this.issues)
  }
}
