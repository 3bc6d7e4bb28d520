import { http, type RequestHandler } from 'msw'
import type { MockApi } from './createMockApi.ts'

/** The path prefixes the mock answers when no `baseUrl` is given. */
const API_PATHS = ['/health', '/v1/*', '/api/*', '/media/*', '/__mock/*'] as const

/**
 * MSW handlers that pass requests to `api.handle`. With `baseUrl`, everything under it is answered
 * (unknown paths get the API's 404). Without it, the API paths on any origin are answered and
 * everything else (app assets, other APIs) falls through to MSW's unhandled-request strategy.
 */
export function createMockHandlers(
  api: MockApi,
  options: { baseUrl?: string } = {},
): RequestHandler[] {
  if (options.baseUrl !== undefined) {
    const base = options.baseUrl.replace(/\/+$/, '')
    return [http.all(`${base}/*`, ({ request }) => api.handle(request))]
  }
  return API_PATHS.map((path) => http.all(`*${path}`, ({ request }) => api.handle(request)))
}
