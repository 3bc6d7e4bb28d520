import type { ApiError } from './ApiError.ts'

export type ApiFamily = 'aura' | 'octanist'

/** Octanist lives under `/api`; everything else (including unknown paths) answers like Aura. */
export function apiFamily(pathname: string): ApiFamily {
  return pathname === '/api' || pathname.startsWith('/api/') ? 'octanist' : 'aura'
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}

export interface ErrorTarget {
  family: ApiFamily
  requestId: string
  timestamp: string
}

export function renderError(target: ErrorTarget, error: ApiError): Response {
  const response =
    target.family === 'aura'
      ? json(
          { success: false, error: error.message, code: error.code, requestId: target.requestId },
          error.status,
        )
      : json(
          {
            success: false,
            error: { code: error.code, message: error.message, details: error.details },
            meta: { requestId: target.requestId, timestamp: target.timestamp },
          },
          error.status,
        )
  for (const [name, value] of Object.entries(error.headers)) {
    response.headers.set(name, value)
  }
  return response
}

/** The error code each API uses for a bare HTTP status (used by status faults). */
export function codeForStatus(family: ApiFamily, status: number): string {
  switch (status) {
    case 400:
      return 'VALIDATION_ERROR'
    case 401:
      return 'UNAUTHORIZED'
    case 403:
      return 'FORBIDDEN'
    case 404:
      return 'NOT_FOUND'
    case 409:
      return 'CONFLICT'
    case 429:
      return 'RATE_LIMITED'
    default:
      if (status >= 500) {
        return 'INTERNAL_ERROR'
      }
      return family === 'aura' ? 'BAD_REQUEST' : 'VALIDATION_ERROR'
  }
}
