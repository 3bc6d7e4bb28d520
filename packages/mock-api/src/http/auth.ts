import { ApiError } from './ApiError.ts'

export type AcceptedKeys = 'any' | { aura?: string[]; octanist?: string[] }

/** The bearer token of `Authorization: Bearer <key>`, or null when missing or empty. */
export function auraKey(request: Request): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')
  const key = match?.[1]?.trim() ?? ''
  return key === '' ? null : key
}

export function octanistKey(request: Request): string | null {
  const key = request.headers.get('x-api-key')?.trim() ?? ''
  return key === '' ? null : key
}

/** A list omitted from `keys` accepts any non-empty key for that API. */
export function requireKey(
  key: string | null,
  accepted: AcceptedKeys,
  api: 'aura' | 'octanist',
): string {
  const list = accepted === 'any' ? undefined : accepted[api]
  if (key === null) {
    throw new ApiError(
      401,
      'UNAUTHORIZED',
      api === 'aura' ? 'Missing API key' : 'Invalid or missing API key',
    )
  }
  if (list !== undefined && !list.includes(key)) {
    throw new ApiError(
      401,
      'UNAUTHORIZED',
      api === 'aura' ? 'Invalid API key' : 'Invalid or missing API key',
    )
  }
  return key
}
