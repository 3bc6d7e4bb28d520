export const FAULT_HEADERS = [
  'x-mock-latency',
  'x-mock-status',
  'x-mock-retry-after',
  'x-mock-malformed',
  'x-mock-repeat-page',
  'x-mock-slow-body',
  'x-mock-duplicate-page',
  'x-mock-empty-page',
  'x-mock-overlap-rows',
  'x-mock-awkward-data',
] as const

const ALLOW_HEADERS = [
  'Authorization',
  'X-API-KEY',
  'Content-Type',
  'Range',
  ...FAULT_HEADERS,
].join(', ')
const EXPOSE_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'X-Request-Id',
  'Accept-Ranges',
  'Content-Range',
  'Content-Length',
].join(', ')

export function applyCors(headers: Headers): void {
  headers.set('Access-Control-Allow-Origin', '*')
  headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS)
}

export function preflight(): Response {
  const response = new Response(null, { status: 204 })
  response.headers.set('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, OPTIONS')
  response.headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS)
  response.headers.set('Access-Control-Max-Age', '600')
  return response
}
