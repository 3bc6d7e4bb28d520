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

/** Collects issues; each `check*` adds at most one issue for its field. */
export class IssueList {
  readonly issues: ValidationIssue[] = []

  add(field: string, message: string): void {
    this.issues.push({ field, message })
  }

  checkLimit(field: string, value: unknown): void {
    if (value === undefined || value === null) {
      return
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100) {
      this.add(field, 'must be an integer from 1 to 100')
    }
  }

  checkPattern(field: string, value: unknown, pattern: RegExp, description: string): void {
    if (value === undefined || value === null) {
      return
    }
    if (typeof value !== 'string' || !pattern.test(value)) {
      this.add(field, `must be ${description}`)
    }
  }

  checkString(field: string, value: unknown): void {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      this.add(field, 'must be a string')
    }
  }

  checkBoolean(field: string, value: unknown): void {
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      this.add(field, 'must be true or false')
    }
  }
}
