/** Where the demo's clients point. The token lives in this tab's sessionStorage only. */
export type Connection =
  | { kind: 'mock' }
  | {
      kind: 'remote'
      /** Aura API root, e.g. `https://api.aura-app.ai` or a partner proxy. */
      baseUrl: string
      /** Octanist API root; `<baseUrl>/api` when left empty (right for the mock server). */
      octanistBaseUrl: string
      /** Bearer token (Aura) and X-API-KEY (Octanist); null sends none (a proxy adds it). */
      token: string | null
    }

export const MOCK_CONNECTION: Connection = { kind: 'mock' }

/** Any non-empty key opens the mock; this one is a label, not a secret. */
export const MOCK_TOKEN = 'aura-kit-demo'

export const CONNECTION_STORAGE_KEY = 'aura-kit-demo:connection'

/** An absolute http(s) URL without a trailing slash, or null. */
export function normalizeBaseUrl(input: string | null | undefined): string | null {
  if (!input) {
    return null
  }
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return null
  }
  if (url.username || url.password || url.search || url.hash) {
    return null
  }
  return url.href.replace(/\/+$/, '')
}

export function remoteConnection(input: {
  baseUrl: string
  octanistBaseUrl?: string | null | undefined
  token?: string | null | undefined
}): Connection | null {
  const baseUrl = normalizeBaseUrl(input.baseUrl)
  if (!baseUrl) {
    return null
  }
  const octanistBaseUrl = input.octanistBaseUrl?.trim()
    ? normalizeBaseUrl(input.octanistBaseUrl)
    : `${baseUrl}/api`
  if (!octanistBaseUrl) {
    return null
  }
  const token = input.token?.trim()
  return { kind: 'remote', baseUrl, octanistBaseUrl, token: token ? token : null }
}

/** Reads a stored connection back; anything malformed counts as none. */
export function parseStoredConnection(raw: string | null): Connection | null {
  if (raw === null) {
    return null
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) {
    return null
  }
  const record = value as Record<string, unknown>
  if (record.kind === 'mock') {
    return MOCK_CONNECTION
  }
  if (record.kind !== 'remote' || typeof record.baseUrl !== 'string') {
    return null
  }
  return remoteConnection({
    baseUrl: record.baseUrl,
    octanistBaseUrl: typeof record.octanistBaseUrl === 'string' ? record.octanistBaseUrl : null,
    token: typeof record.token === 'string' ? record.token : null,
  })
}

/**
 * The connection a fresh tab starts with: the one stored in this tab, else the build's
 * `VITE_AURA_API_URL` (without a token), else the embedded mock.
 */
export function initialConnection(
  stored: string | null,
  envBaseUrl: string | undefined,
): Connection {
  const parsed = parseStoredConnection(stored)
  if (parsed) {
    return parsed
  }
  const fromEnv = envBaseUrl ? remoteConnection({ baseUrl: envBaseUrl }) : null
  return fromEnv ?? MOCK_CONNECTION
}

/** A short label for the header: `mockLabel` ("Embedded mock") or the remote host. */
export function connectionLabel(connection: Connection, mockLabel: string): string {
  return connection.kind === 'mock' ? mockLabel : new URL(connection.baseUrl).host
}
