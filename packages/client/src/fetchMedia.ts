import { readErrorResponse } from './readResponse.ts'
import { resolveMediaUrl } from './resolveMediaUrl.ts'
import type { Exchange, RawResponse, Transport } from './transport.ts'

/**
 * GETs a file such as a call's `recording_url` through `transport` (its timeout, retries and
 * signal handling); credentials and custom headers go only to URLs under `transport.baseUrl`.
 */
export async function fetchMedia(
  transport: Transport,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Blob> {
  const target = resolveMediaUrl(url, transport.baseUrl)
  const { origin, pathname } = new URL(target.href)
  const exchange: Exchange<Blob | RawResponse> = {
    method: 'GET',
    url: target.href,
    // Without the query: signed media URLs carry their secret there.
    label: `GET ${origin}${pathname}`,
    accept: '*/*',
    withCredentials: target.underBaseUrl,
    signal,
    read: async (response) =>
      response.ok ? await response.blob() : { response, text: await response.text() },
  }
  return transport.send(exchange, (result, context) => {
    if (result instanceof Blob) {
      return result
    }
    throw readErrorResponse(result.response, result.text, context)
  })
}
