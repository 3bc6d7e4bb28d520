import { http, type RequestHandler } from 'msw'
import type { MockApi } from './createMockApi.ts'

/** The path prefixes the mock answers when no `baseUrl` is given. */
const API_PATHS = ['/health', '/v1/*', '/api/*', '/media/*', '/__mock/*'] as const

/** A request the caller aborted (say, during injected latency) ends as a network error, quietly. */
async function answer(api: MockApi, request: Request): Promise<Response> {
  try {
    return await api.handle(request)
  } catch (error) {
    if (request.signal.aborted) {
      return Response.error()
    }
    throw error
  }
}

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
    return [http.all(`${base}/*`, ({ request }) => answer(api, request))]
  }
  return API_PATHS.map((path) => http.all(`*${path}`, ({ request }) => answer(api, request)))
}
