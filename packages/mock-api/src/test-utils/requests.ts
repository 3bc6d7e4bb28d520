import type { MockApi } from '../createMockApi.ts'

export const ORIGIN = 'http://mock.test'

/** Either Aura envelope, loosely typed for assertions. */
export interface AuraBody<T> {
  success: boolean
  data: T
  pagination?: { has_more: boolean; next_cursor: string | null }
  error: string
  code: string
  requestId: string
}

/** Either Octanist envelope, loosely typed for assertions. */
export interface OctanistBody<T> {
  success: boolean
  data: T[]
  error: { code: string; message: string; details: Record<string, unknown> }
  meta: {
    pagination: { limit: number; page: number; totalPages: number; total: number; hasMore: boolean }
    requestId: string
    timestamp: string
  }
}

export function auraRequest(path: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers)
  if (!headers.has('authorization')) {
    headers.set('authorization', 'Bearer test-key')
  }
  return new Request(`${ORIGIN}${path}`, { ...init, headers })
}

export function octanistRequest(path: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers)
  if (!headers.has('x-api-key')) {
    headers.set('x-api-key', 'test-key')
  }
  return new Request(`${ORIGIN}${path}`, { ...init, headers })
}

export async function auraJson<T>(api: MockApi, path: string, init?: RequestInit) {
  const response = await api.handle(auraRequest(path, init))
  return { response, body: (await response.json()) as AuraBody<T> }
}

export async function octanistJson<T>(api: MockApi, path: string, init?: RequestInit) {
  const response = await api.handle(octanistRequest(path, init))
  return { response, body: (await response.json()) as OctanistBody<T> }
}

/** Follows `next_cursor` until the end and returns every row in order. */
export async function collectAll<T>(api: MockApi, path: string, limit = 100): Promise<T[]> {
  const rows: T[] = []
  let cursor: string | null = null
  const separator = path.includes('?') ? '&' : '?'
  do {
    const query: string = `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`
    const { body } = await auraJson<T[]>(api, query)
    rows.push(...body.data)
    cursor = body.pagination?.next_cursor ?? null
  } while (cursor !== null)
  return rows
}
