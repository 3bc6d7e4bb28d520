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
    trimmed === '' || base === null
      ? null
      : isAbsolute
        ? parseUrl(trimmed, base.href)
        : parseUrl(joinUrl(base.href, trimmed))
  if (target === null) {
    throw new AuraValidationError([
      { field: 'url', message: 'must be an http(s) URL, or a path under the client baseUrl' },
    ])
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new AuraValidationError([{ field: 'url', message: 'must use http or https' }])
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
  const pageLocation: unknown = Reflect.get(globalThis, 'location')
  const pageHref =
    typeof pageLocation === 'object' && pageLocation !== null
      ? Reflect.get(pageLocation, 'href')
      : undefined
  try {
    return new URL(url, base ?? (typeof pageHref === 'string' ? pageHref : undefined))
  } catch {
    return null
  }
}
