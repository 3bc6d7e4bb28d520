import { AuraNetworkError, AuraValidationError } from './errors.ts'
import { readErrorResponse } from './readResponse.ts'
import type { Transport } from './transport.ts'

/**
 * GETs a file such as a call's `recording_url` through `transport` (its timeout, retries and
 * signal handling); credentials and custom headers go only to URLs under `transport.baseUrl`.
 * The URL checks load on first use: recordings are played long after the first page.
 */
export async function fetchMedia(
  transport: Transport,
  url: string,
  signal: AbortSignal | undefined,
): Promise<Blob> {
  const { mediaExchange } = await import('./mediaExchange.ts').catch((error: unknown) => {
    // A chunk that fails to load is a network failure like any other.
    throw new AuraNetworkError('Loading the media code of @aura-kit/client failed', {
      cause: error,
    })
  })
  const exchange = mediaExchange(url, transport.baseUrl, signal)
  if ('field' in exchange) {
    throw new AuraValidationError([exchange])
  }
  return transport.send(exchange, (result, context) => {
    if (result instanceof Blob) {
      return result
    }
    throw readErrorResponse(result.response, result.text, context)
  })
}
