/**
 * Joins a base URL (absolute, or relative like `/api/aura` for a same-origin proxy, with or
 * without a trailing slash) and an API path, plus an optional query string.
 */
export function joinUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const base = baseUrl.replace(/\/+$/, '')
  const suffix = path.startsWith('/') ? path : `/${path}`
  const search = query?.toString()
  return search ? `${base}${suffix}?${search}` : `${base}${suffix}`
}
