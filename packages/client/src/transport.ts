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
import type { InferShape, Shape } from './shape.ts'
import { joinUrl } from './url.ts'

export interface TransportSpec {
  api: ApiName
  defaultBaseUrl: string
  /** Turns the credential into headers (`Authorization: Bearer …` or `X-API-KEY`). */
  authHeaders: (credential: string) => Record<string, string>
}

export interface TransportRequest<TSchema extends Shape> {
  method: 'GET' | 'POST'
  path: string
  query?: URLSearchParams
  body?: unknown
  schema: TSchema
  signal?: AbortSignal | undefined
}

export type TransportResult<T> = ReadResult<T>

export interface Transport {
  /** The API root requests go to, without trailing slashes. */
  readonly baseUrl: string
  request<TSchema extends Shape>(
    request: TransportRequest<TSchema>,
  ): Promise<TransportResult<InferShape<TSchema>>>
  /**
   * Sends `exchange` (GETs with retries): `read` runs under the timeout, `finish` after it, and
   * may throw the API's error for the response.
   */
  send<TRaw, TResult>(
    exchange: Exchange<TRaw>,
    finish: (raw: TRaw, context: FinishContext) => TResult,
  ): Promise<TResult>
}

export interface RawResponse {
  response: Response
  text: string
}

export interface FinishContext {
  api: ApiName
  nowMs: number
}

export interface Exchange<T> {
  method: 'GET' | 'POST'
  url: string
  /** `GET /v1/leads`, for messages. */
  label: string
  body?: unknown
  /** Default `application/json`. */
  accept?: string
  /** False for URLs outside `baseUrl`: no credentials and no custom headers. */
  withCredentials?: boolean
  signal?: AbortSignal | undefined
  read: (response: Response) => Promise<T>
}

export function createTransport(
  options: BaseClientOptions,
  spec: TransportSpec,
  runtime: Runtime,
): Transport {
  const retry = resolveRetryOptions(options.retry)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const baseUrl = (options.baseUrl ?? spec.defaultBaseUrl).replace(/\/+$/, '')

  async function buildHeaders(exchange: Exchange<unknown>): Promise<Headers> {
    const headers = new Headers({ Accept: exchange.accept ?? 'application/json' })
    if (exchange.body !== undefined) {
      headers.set('Content-Type', 'application/json')
    }
    if (exchange.withCredentials !== false) {
      const custom = typeof options.headers === 'function' ? options.headers() : options.headers
      const credential = await resolveCredential(options)
      // Credentials last, so a custom header never replaces them.
      const auth = credential === null ? {} : spec.authHeaders(credential)
      for (const [name, value] of Object.entries({ ...custom, ...auth })) {
        headers.set(name, value)
      }
    }
    return headers
  }

  /** One try: fetch, then `read` the response, under the caller's signal and the timeout. */
  async function attempt<T>(exchange: Exchange<T>): Promise<T> {
    const { signal } = exchange
    const headers = await raceAbort(buildHeaders(exchange), signal)
    const fetchFn = options.fetch ?? globalThis.fetch
    if (typeof fetchFn !== 'function') {
      throw new AuraKitError('No fetch implementation available: pass `fetch` in the options')
    }

    const controller = new AbortController()
    const forwardAbort = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', forwardAbort, { once: true })
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => controller.abort(new AuraTimeoutError(timeoutMs)), timeoutMs)
        : undefined
    try {
      const { method, body } = exchange
      const init: RequestInit = { method, headers, signal: controller.signal }
      if (body !== undefined) {
        init.body = JSON.stringify(body)
      }
      // Called unbound: browsers throw "Illegal invocation" for fetch called on another object.
      const response = await raceAbort(fetchFn(exchange.url, init), controller.signal)
      return await raceAbort(exchange.read(response), controller.signal)
    } catch (error) {
      if (signal?.aborted) {
        throw signal.reason
      }
      if (controller.signal.reason instanceof AuraTimeoutError) {
        throw new AuraTimeoutError(timeoutMs)
      }
      const reason = error instanceof Error ? error.message : String(error)
      throw new AuraNetworkError(`${exchange.label} failed: ${reason}`, { cause: error })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forwardAbort)
    }
  }

  /** Milliseconds to wait before the next attempt, or null to give up with `error`. */
  function retryDelay(error: unknown, retryIndex: number, maxRetries: number): number | null {
    const askedMs = error instanceof AuraApiError ? error.retryAfterMs : null
    return !isRetryable(error) ||
      retryIndex >= maxRetries ||
      (askedMs !== null && askedMs > retry.maxRetryAfterMs)
      ? null
      : (askedMs ?? backoffDelayMs(retryIndex, retry, runtime.random))
  }

  /** Attempts `exchange` until it succeeds or fails for good; only GETs are retried. */
  async function send<TRaw, TResult>(
    exchange: Exchange<TRaw>,
    finish: (raw: TRaw, context: FinishContext) => TResult,
  ): Promise<TResult> {
    const { method, signal } = exchange
    const maxRetries = method === 'GET' ? retry.retries : 0
    for (let retryIndex = 0; ; retryIndex++) {
      signal?.throwIfAborted()
      try {
        return finish(await attempt(exchange), { api: spec.api, nowMs: runtime.now() })
      } catch (error) {
        const delayMs = signal?.aborted ? null : retryDelay(error, retryIndex, maxRetries)
        if (delayMs === null) {
          throw error
        }
        await raceAbort(runtime.sleep(delayMs, signal), signal)
      }
    }
  }

  return {
    baseUrl,
    request(request) {
      const label = `${request.method} ${request.path}`
      const exchange: Exchange<RawResponse> = {
        method: request.method,
        url: joinUrl(baseUrl, request.path, request.query),
        label,
        body: request.body,
        signal: request.signal,
        read: async (response) => ({ response, text: await response.text() }),
      }
      return send(exchange, ({ response, text }, context) =>
        readResponse(request.schema, response, text, { ...context, label }),
      )
    },
    send,
  }
}
