import { ApiError } from '../http/ApiError.ts'
import { recordingSeconds, renderWav } from '../wav.ts'
import type { RequestContext } from './context.ts'

/** `GET /media/recordings/{callId}.wav` (no auth), with single-range `Range` support. */
export function getRecording(context: RequestContext, callId: string): Response {
  const call = context.db.findCall(callId)
  if (call === undefined || !call.has_recording) {
    throw new ApiError(404, 'NOT_FOUND', 'Recording not found')
  }
  const transcript = call.transcript_data
  const segments = transcript?.segments ?? []
  const lastEnd = segments.reduce((end, segment) => Math.max(end, segment.end_seconds), 0)
  const durationSeconds =
    transcript?.duration_seconds || lastEnd || (call.duration_minutes ?? 1) * 60
  const bytes = renderWav({ durationSeconds, segments })
  const headers = new Headers({
    'Content-Type': 'audio/wav',
    'Accept-Ranges': 'bytes',
    'X-Recording-Seconds': String(recordingSeconds({ durationSeconds, segments })),
  })
  const range = parseRange(context.request.headers.get('range'), bytes.length)
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${bytes.length}`)
    return new Response(null, { status: 416, headers })
  }
  if (range === null) {
    headers.set('Content-Length', String(bytes.length))
    return new Response(bytes, { status: 200, headers })
  }
  const body = bytes.slice(range.start, range.end + 1)
  headers.set('Content-Range', `bytes ${range.start}-${range.end}/${bytes.length}`)
  headers.set('Content-Length', String(body.length))
  return new Response(body, { status: 206, headers })
}

/** One `bytes=` range (inclusive end); null means "serve everything" (absent, multi-range or not bytes). */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header === null ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (match === null) {
    return null
  }
  const [, from = '', to = ''] = match
  if (from === '' && to === '') {
    return 'unsatisfiable'
  }
  if (from === '') {
    const suffix = Number(to)
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(from)
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1)
  return start >= size || end < start ? 'unsatisfiable' : { start, end }
}
