const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Returns the URL when it is http(s), mailto or tel, else undefined. Anything else from the API
 * (`javascript:`, `data:`, relative paths, garbage) is rendered as text, never as a link.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined
  }
  const trimmed = value.trim()
  // The URL parser drops tabs, newlines and leading control characters the way browsers do
  // ("java\tscript:" parses as javascript:), so checking the parsed protocol is enough.
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined
}

/** `mailto:` link for an address that looks like one, else undefined. */
export function mailtoHref(email: unknown): string | undefined {
  if (typeof email !== 'string' || !/^[^\s@:/]+@[^\s@:/]+$/.test(email.trim())) {
    return undefined
  }
  return safeHref(`mailto:${email.trim()}`)
}

/** `tel:` link for something that looks like a phone number, else undefined. */
export function telHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string' || !/^\+?[0-9 ()\-.]{3,}$/.test(phone.trim())) {
    return undefined
  }
  return safeHref(`tel:${phone.trim().replace(/[\s()\-.]/g, '')}`)
}
