/**
 * How far the API's clock is from this browser's, from its `GET /health` answer
 * (`{ data: { timestamp } }`). The embedded mock's clock starts at the date its data is built
 * around (2026-06-01) and keeps ticking, so "the last 30 days" and "upcoming" must be read on
 * its clock, not the browser's. The request's midpoint stands for when the API read its clock.
 * 0 when the answer has no usable timestamp.
 */
export function clockOffset(body: unknown, sentAt: number, receivedAt: number): number {
  const data =
    typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined
  const timestamp =
    typeof data === 'object' && data !== null
      ? (data as { timestamp?: unknown }).timestamp
      : undefined
  const serverTime = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN
  return Number.isFinite(serverTime) ? Math.round(serverTime - (sentAt + receivedAt) / 2) : 0
}
