const MEDIA_PROTOCOLS = new Set(['http:', 'https:', 'blob:'])

/**
 * A URL a media element may load: http(s), or a `blob:` URL (only ever made by this page's own
 * code). A relative path resolves under `baseUrl` when given, the way the client joins API paths
 * (`/media/x.wav` under `https://host/aura` is `https://host/aura/media/x.wav`); a relative base
 * (a same-origin proxy like `/api/aura`) resolves against the page. Without a base a relative
 * path is refused, since the host page's origin is rarely where the API's media lives.
 */
export function safeMediaSrc(value: unknown, baseUrl?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined
  }
  const text = value.trim()
  let url: URL
  try {
    url = baseUrl === undefined ? new URL(text) : new URL(underBase(text), directoryOf(baseUrl))
  } catch {
    return undefined
  }
  return MEDIA_PROTOCOLS.has(url.protocol) ? url.href : undefined
}

/** A path-absolute value (`/media/…`, not `//host/…`) is taken as relative to the base's path. */
const underBase = (value: string) =>
  value.startsWith('/') && !value.startsWith('//') ? `.${value}` : value

/** The base as an absolute directory URL (trailing slash), relative ones against the page. */
function directoryOf(baseUrl: string): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href
  return new URL(baseUrl.replace(/\/*$/, '/'), page).href
}

export type MediaKind = 'audio' | 'video'

const VIDEO_EXTENSIONS = /\.(mp4|m4v|mov|webm|ogv|mkv)$/i

/** `video` for a video MIME type or file extension, else `audio`. */
export function mediaKindOf(src: string, mimeType?: string | null): MediaKind {
  const type = (mimeType ?? '').trim().toLowerCase()
  if (type.startsWith('video/')) {
    return 'video'
  }
  if (type.startsWith('audio/')) {
    return 'audio'
  }
  let path = src
  try {
    path = new URL(src).pathname
  } catch {
    // Not absolute: test the string as it is.
  }
  return VIDEO_EXTENSIONS.test(path) ? 'video' : 'audio'
}
