import type * as v from 'valibot'
import { raceAbort } from './abortable.ts'
import { type BaseClientOptions, DEFAULT_TIMEOUT_MS, resolveCredential } from './clientOptions.ts'
import {
  type ApiName,
  AuraApiError,
  AuraKitError,
  AuraNetworkError,
  AuraTimeoutError,
  isRetryable,
} from './errors.ts'
import { type ReadResult, readResponse } from './readResponse.ts'
import { backoffDelayMs, resolveRetryOptions } from './retry.ts'
import type { Runtime } from './runtime.ts'
import { joinUrl } from './url.ts'

export interface TransportSpec {
  api: ApiName
  defaultBaseUrl: string
  /** Turns the credential into headers (`Authorization: Bearer …` or `X-API-KEY`). */
  authHeaders: (credential: string) => Record<string, string>
}

export interface TransportRequest<TSchema extends v.GenericSchema> {
  method: 'GET' | 'POST'
  path: string
  query?: URLSearchParams
  body?: unknown
  schema: TSchema
  signal?: AbortSignal | undefined
}

export type TransportResult<T> = ReadResult<T>

export interface Transport {
  request<TSchema extends v.GenericSchema>(
    request: TransportRequest<TSchema>,
  ): Promise<TransportResult<v.InferOutput<TSchema>>>
}

interface RawResponse {
  response: Response
  text: string
}

export function createTransport(
  options: BaseClientOptions,
  spec: TransportSpec,
  runtime: Runtime,
): Transport {
  const retry = resolveRetryOptions(options.retry)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const baseUrl = options.baseUrl ?? spec.defaultBaseUrl

  async function buildHeaders(hasBody: boolean): Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json' })
    if (hasBody) {
      headers.set('Content-Type', 'application/json')
    }
    const custom = typeof options.headers === 'function' ? options.headers() : options.headers
    for (const [name, value] of Object.entries(custom ?? {})) {
      headers.set(name, value)
    }
    const credential = await resolveCredential(options)
    if (credential !== null) {
      for (const [name, value] of Object.entries(spec.authHeaders(credential))) {
        headers.set(name, value)
      }
    }
    return headers
  }

  async function attempt(
    url: string,
    request: TransportRequest<v.GenericSchema>,
    label: string,
  ): Promise<RawResponse> {
    const { signal } = request
    const hasBody = request.body !== undefined
    const headers = await raceAbort(buildHeaders(hasBody), signal)
    const fetchFn = options.fetch ?? globalThis.fetch
    if (typeof fetchFn !== 'function') {
      throw new AuraKitError('No fetch implementation available: pass `fetch` in the options')
    }

    const controller = new AbortController()
    const forwardAbort = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forwardAbort, { once: true })
    let timedOut = false
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            timedOut = true
            controller.abort(new AuraTimeoutError(timeoutMs))
          }, timeoutMs)
        : undefined
    try {
      const init: RequestInit = { method: request.method, headers, signal: controller.signal }
      if (hasBody) {
        init.body = JSON.stringify(request.body)
      }
      // Called unbound: browsers throw "Illegal invocation" for fetch called on another object.
      const response = await raceAbort(fetchFn(url, init), controller.signal)
      const text = await raceAbort(response.text(), controller.signal)
      return { response, text }
    } catch (error) {
      if (signal?.aborted) {
        throw signal.reason
      }
      if (timedOut) {
        throw new AuraTimeoutError(timeoutMs)
      }
      throw new AuraNetworkError(`${label} failed: ${describe(error)}`, { cause: error })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forwardAbort)
    }
  }

  /** Milliseconds to wait before the next attempt, or null to give up with `error`. */
  function retryDelay(error: unknown, retryIndex: number, maxRetries: number): number | null {
    if (!isRetryable(error)) {
      return null
    }
    const askedMs = error instanceof AuraApiError ? error.retryAfterMs : null
    if (askedMs !== null && askedMs > retry.maxRetryAfterMs) {
      return null
    }
    if (retryIndex >= maxRetries) {
      return null
    }
    return askedMs ?? backoffDelayMs(retryIndex, retry, runtime.random)
  }

  return {
    async request(request) {
      const url = joinUrl(baseUrl, request.path, request.query)
      const label = `${request.method} ${request.path}`
      const maxRetries = request.method === 'GET' ? retry.retries : 0
      const { signal } = request
      for (let retryIndex = 0; ; retryIndex++) {
        signal?.throwIfAborted()
        try {
          const { response, text } = await attempt(url, request, label)
          return readResponse(request.schema, response, text, {
            api: spec.api,
            label,
            nowMs: runtime.now(),
          })
        } catch (error) {
          const delayMs = signal?.aborted ? null : retryDelay(error, retryIndex, maxRetries)
          if (delayMs === null) {
            throw error
          }
          await raceAbort(runtime.sleep(delayMs, signal), signal)
        }
      }
    },
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
