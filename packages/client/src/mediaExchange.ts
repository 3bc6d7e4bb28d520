import type { ValidationIssue } from './errors.ts'
import type { Exchange, RawResponse } from './transport.ts'

// Loaded on first use (fetchMedia), so it must not import anything at run time: a shared import
// would move that code into a chunk of its own on the first page load.

const SCHEME = /^[A-Za-z][A-Za-z\d+.-]*:/

/**
 * The exchange that GETs a media URL from an API response, or the issue that refuses it. A path
 * (`/v1/…` or `v1/…`) is taken as relative to the API root, like every API path the client
 * sends; an absolute or protocol-relative URL stays as it is. Only http(s) is accepted, and
 * credentials go only to URLs under `baseUrl` (same origin, under its path).
 */
export function mediaExchange(
  url: string,
  baseUrl: string,
  signal: AbortSignal | undefined,
): Exchange<Blob | RawResponse> | ValidationIssue {
  const base = parseUrl(`${baseUrl.replace(/\/+$/, '')}/`)
  const trimmed = url.trim()
  const isAbsolute = SCHEME.test(trimmed) || trimmed.startsWith('//')
  const target =
    base && trimmed !== ''
      ? parseUrl(isAbsolute ? trimmed : trimmed.replace(/^\/+/, ''), base.href)
      : null
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
    const message = target
      ? 'must use http or https'
      : 'must be an http(s) URL, or a path under the client baseUrl'
    return { field: 'url', message }
  }
  const { origin, pathname } = target
  return {
    method: 'GET',
    url: target.href,
    // Without the query: signed media URLs carry their secret there.
    label: `GET ${origin}${pathname}`,
    accept: '*/*',
    withCredentials:
      origin === base?.origin &&
      target.username === '' &&
      target.password === '' &&
      (pathname.startsWith(base.pathname) || `${pathname}/` === base.pathname),
    signal,
    read: async (response) =>
      response.ok ? await response.blob() : { response, text: await response.text() },
  }
}

/** Parses `url`; a relative base (a same-origin proxy) resolves against the page's location. */
function parseUrl(url: string, base?: string): URL | null {
  const page = (globalThis as { location?: { href?: unknown } }).location?.href
  try {
    return new URL(url, base ?? (typeof page === 'string' ? page : undefined))
  } catch {
    return null
  }
}
