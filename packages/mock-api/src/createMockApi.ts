import { createRandom, deriveSeed, HEX } from './data/random.ts'
import { createDb, DEFAULT_SEED, type MockCounts, type MockDb } from './db.ts'
import { NO_PAGE_FAULTS, type RequestContext } from './handlers/context.ts'
import { handleControl } from './handlers/control.ts'
import { findRoute } from './handlers/index.ts'
import { ApiError } from './http/ApiError.ts'
import { type AcceptedKeys, auraKey, octanistKey, requireKey } from './http/auth.ts'
import { applyCors, preflight } from './http/cors.ts'
import {
  type ApiFamily,
  apiFamily,
  codeForStatus,
  type ErrorTarget,
  renderError,
} from './http/envelopes.ts'
import { malform, sleep, slowBody } from './http/faultEffects.ts'
import {
  createFaultRegistry,
  type Fault,
  type FaultEffect,
  readFaultOverrides,
} from './http/faults.ts'
import { createRateLimiter, type RateLimitState, rateLimitHeaders } from './http/rateLimiter.ts'

export interface MockApiOptions {
  /** Same seed, byte-identical data. Default 42. */
  seed?: number
  /** Defaults: 5,000 leads, 2,000 calls, 5,000 Octanist leads. */
  counts?: MockCounts
  /** `'any'` (default): any non-empty bearer / X-API-KEY. An omitted list also means any key. */
  keys?: AcceptedKeys
  /** Per Aura key, fixed one-minute windows. Default `{ perMinute: 100 }`; `false` drops limits and headers. */
  rateLimit?: { perMinute: number } | false
  faults?: Fault[]
  /** Clock in ms: rate-limit windows, `is_upcoming`, `created_at` of new leads. Default `Date.now`. */
  now?: () => number
  /**
   * The instant (ms) the seeded data is built around: leads and past calls before it, upcoming
   * calls in the month after it. Default `REFERENCE_TIME` (2026-06-01); pass `Date.now()` for data
   * that is current today. Same seed and reference time, byte-identical data.
   */
  referenceTime?: number
  /** Origin for `recording_url`; default: the origin of the incoming request. */
  mediaBaseUrl?: string
  /**
   * `'seeded'` (default): records as seeded. `'awkward'`: every record in list and get-one
   * responses goes through `makeAwkward` (a request can opt out with `x-mock-awkward-data: 0`).
   */
  dataMode?: DataMode
}

export type DataMode = 'seeded' | 'awkward'

export interface MockApi {
  handle(request: Request): Promise<Response>
  db: MockDb
  /** Restores the seeded data, the option faults and the rate-limit windows. */
  reset(): void
  setFaults(faults: Fault[]): void
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const seed = options.seed ?? DEFAULT_SEED
  const clock = options.now ?? Date.now
  const accepted = options.keys ?? 'any'
  const limiter =
    options.rateLimit === false ? null : createRateLimiter(options.rateLimit?.perMinute ?? 100)
  const db = createDb(seed, options.counts, options.referenceTime)
  const faults = createFaultRegistry(options.faults)
  let requestIds = createRandom(deriveSeed(seed, 'requests'))

  const reset = (): void => {
    db.reset()
    limiter?.reset()
    faults.set(options.faults ?? [])
    requestIds = createRandom(deriveSeed(seed, 'requests'))
  }
  const control = { reset, setFaults: faults.set, faults: faults.list }

  async function respond(
    request: Request,
    context: RequestContext,
    overrides: FaultEffect,
  ): Promise<Response> {
    const { url, family, now } = context
    const target: ErrorTarget = {
      family,
      requestId: context.requestId,
      timestamp: new Date(now).toISOString(),
    }
    const effect = { ...faults.match(request.method, url.pathname), ...overrides }
    context.pageFaults = {
      repeatPage: effect.repeatPage === true,
      duplicatePage: effect.duplicatePage === true,
      emptyPage: effect.emptyPage === true,
      overlapRows: effect.overlapRows ?? 0,
    }
    context.awkward = effect.awkwardData ?? options.dataMode === 'awkward'
    if (effect.latencyMs !== undefined && effect.latencyMs > 0) {
      await sleep(effect.latencyMs, request.signal)
    }
    let rate: RateLimitState | null = null
    let response: Response
    try {
      if (effect.status !== undefined) {
        throw faultError(
          family,
          effect.status,
          effect.retryAfter ?? limiter?.peek(null, now).retryAfter ?? 60,
        )
      }
      const { route, id } = findRoute(request.method, url.pathname)
      if (route.access === 'aura') {
        const key = requireKey(auraKey(request), accepted, 'aura')
        rate = limiter?.consume(key, now) ?? null
        if (rate?.limited) {
          throw new ApiError(
            429,
            'RATE_LIMITED',
            'Rate limit exceeded',
            {},
            { 'Retry-After': String(rate.retryAfter) },
          )
        }
      } else if (route.access === 'octanist') {
        requireKey(octanistKey(request), accepted, 'octanist')
      }
      response = await route.handle(context, id)
    } catch (error) {
      if (request.signal.aborted || !(error instanceof ApiError)) {
        throw error
      }
      response = renderError(target, error)
    }
    if (family === 'aura' && limiter !== null) {
      rateLimitHeaders(response.headers, rate ?? limiter.peek(auraKey(request), now))
      if (effect.status === 429) {
        response.headers.set('X-RateLimit-Remaining', '0')
      }
    }
    if (effect.malformed === true) {
      response = await malform(response)
    }
    if (effect.slowBodyMs !== undefined && effect.slowBodyMs > 0) {
      response = await slowBody(response, effect.slowBodyMs, request.signal)
    }
    return response
  }

  async function handle(request: Request): Promise<Response> {
    const now = clock()
    const requestId = `req_${requestIds.string(HEX, 12)}`
    const { effect: overrides, url } = readFaultOverrides(new URL(request.url), request.headers)
    const family = apiFamily(url.pathname)
    const context: RequestContext = {
      request,
      url,
      family,
      requestId,
      now,
      db,
      mediaBase: options.mediaBaseUrl ?? url.origin,
      pageFaults: NO_PAGE_FAULTS,
      awkward: false,
    }
    let response: Response
    try {
      if (request.method === 'OPTIONS') {
        response = preflight()
      } else if (url.pathname.startsWith('/__mock/')) {
        response = await handleControl(request, url.pathname, control)
      } else {
        response = await respond(request, context, overrides)
      }
    } catch (error) {
      if (request.signal.aborted) {
        throw error
      }
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(500, 'INTERNAL_ERROR', 'Internal server error')
      response = renderError(
        { family, requestId, timestamp: new Date(now).toISOString() },
        apiError,
      )
    }
    response.headers.set('X-Request-Id', requestId)
    applyCors(response.headers)
    if (request.method === 'HEAD') {
      return new Response(null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    }
    return response
  }

  return { handle, db, reset, setFaults: faults.set }
}

function faultError(family: ApiFamily, status: number, retryAfter: number): ApiError {
  const headers: Record<string, string> =
    status === 429 ? { 'Retry-After': String(Math.ceil(retryAfter)) } : {}
  return new ApiError(
    status,
    codeForStatus(family, status),
    `Injected fault: HTTP ${status}`,
    {},
    headers,
  )
}
