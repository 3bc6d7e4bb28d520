import { AuraValidationError } from './errors.ts'
import { joinUrl } from './url.ts'

export interface ResolvedMediaUrl {
  href: string
  /** Same origin and under the base path: the only place credentials may go. */
  underBaseUrl: boolean
}

const SCHEME = /^[A-Za-z][A-Za-z\d+.-]*:/

/**
 * Resolves a media URL from an API response. A path (`/v1/…` or `v1/…`) is taken as relative to
 * the API root, like every API path the client sends; an absolute or protocol-relative URL stays
 * as it is. Only http(s) is accepted.
 */
export function resolveMediaUrl(url: string, baseUrl: string): ResolvedMediaUrl {
  const base = parseUrl(`${baseUrl.replace(/\/+$/, '')}/`)
  const trimmed = url.trim()
  const isAbsolute = SCHEME.test(trimmed) || trimmed.startsWith('//')
  const target =
    base && trimmed !== ''
      ? parseUrl(isAbsolute ? trimmed : joinUrl(base.href, trimmed), base.href)
      : null
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
    const message = target
      ? 'must use http or https'
      : 'must be an http(s) URL, or a path under the client baseUrl'
    throw new AuraValidationError([{ field: 'url', message }])
  }
  const underBaseUrl =
    target.origin === base?.origin &&
    target.username === '' &&
    target.password === '' &&
    (target.pathname.startsWith(base.pathname) || `${target.pathname}/` === base.pathname)
  return { href: target.href, underBaseUrl }
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
