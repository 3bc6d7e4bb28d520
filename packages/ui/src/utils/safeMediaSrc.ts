const MEDIA_PROTOCOLS = new Set(['http:', 'https:', 'blob:'])

/**
 * A URL a media element may load: http(s), or a `blob:` URL (only ever made by this page's own
 * code). A relative path resolves against `baseUrl` when given; without it, it is refused, since
 * the host page's origin is rarely where the API's media lives.
 */
export function safeMediaSrc(value: unknown, baseUrl?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined
  }
  let url: URL
  try {
    url = baseUrl === undefined ? new URL(value.trim()) : new URL(value.trim(), baseUrl)
  } catch {
    return undefined
  }
  return MEDIA_PROTOCOLS.has(url.protocol) ? url.href : undefined
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
