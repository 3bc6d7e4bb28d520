import { validationError } from '../http/ApiError.ts'

export const CLERK_USER_ID = /^user_[A-Za-z0-9]+$/
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 100

/** A query value; empty strings count as absent. */
export function param(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)
  return value === null || value === '' ? null : value
}

/** `limit`: an integer 1–100, default 50. Values above 100 are rejected, not clamped. */
export function parseLimit(params: URLSearchParams): number {
  const raw = param(params, 'limit')
  if (raw === null) {
    return DEFAULT_LIMIT
  }
  const limit = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw validationError(`limit must be an integer between 1 and ${MAX_LIMIT}`, { limit: raw })
  }
  return limit
}

export function matchingParam(
  params: URLSearchParams,
  name: string,
  pattern: RegExp,
  what: string,
): string | null {
  const value = param(params, name)
  if (value !== null && !pattern.test(value)) {
    throw validationError(`${name} must be ${what}`, { [name]: value })
  }
  return value
}

export function booleanParam(params: URLSearchParams, name: string): boolean | null {
  const value = param(params, name)
  if (value === null) {
    return null
  }
  if (value !== 'true' && value !== 'false') {
    throw validationError(`${name} must be "true" or "false"`, { [name]: value })
  }
  return value === 'true'
}
