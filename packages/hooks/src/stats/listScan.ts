import {
  AuraApiError,
  AuraPaginationError,
  type CursorPage,
  type RateLimit,
} from '@aura-kit/client'
import { delayBeforeRequest, type PacingOptions } from './pacing.ts'

/** Where a background count stands. */
export interface ScanProgress {
  /** Records counted so far (each id once). */
  scanned: number
  /** Pages read, from the cache or the API. */
  pages: number
  /** Pages taken from lists already loaded (no request). */
  pagesFromCache: number
  /** Every page is read: the figures are exact. */
  done: boolean
  /** Why the scan stopped, or null. */
  error: unknown
  /** Stopped on an error after counting something: the figures cover `scanned` records only. */
  partial: boolean
  /** A request is under way or about to be. */
  running: boolean
  /** Epoch ms until which the scan waits for the rate limit's window to reset, or null. */
  waitingUntil: number | null
  /** 429 answers met (0 unless the server's clock and ours disagree). */
  rateLimited: number
}

export interface ScanSnapshot<F> extends ScanProgress {
  /** One entry per counted record, in list order. */
  facts: readonly F[]
}

export interface ScanClock {
  now: () => number
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
}

export interface ListScanOptions<T extends { id: string }, F> extends PacingOptions {
  /** One page from the API at `cursor` (undefined: the first page). */
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<CursorPage<T>>
  /** The page at `cursor` from a list already loaded, if there is one. */
  cachedPage?: ((cursor: string | undefined) => CursorPage<T> | undefined) | undefined
  /** What the figures need from one record. */
  toFacts: (record: T) => F
  /** The newest rate-limit headers seen, shared by every scan against the same API key. */
  budget?: RateLimitBudget | undefined
  clock?: ScanClock | undefined
  /** 429s in a row before the scan stops with the error. Default 3. */
  maxRateLimited?: number | undefined
}

export interface ListScan<F> {
  getSnapshot: () => ScanSnapshot<F>
  subscribe: (listener: () => void) => () => void
  /** Starts or continues from the last cursor; no-op while running, once done, or after an error. */
  start: () => void
  /** Aborts the request under way; what was counted and the cursor are kept. */
  stop: () => void
  /** Clears the error and continues from the page that failed. */
  retry: () => void
  /** Forgets everything and counts again from the first page. */
  restart: () => void
}

/** The newest `X-RateLimit-*` headers of any response, for scans that share an API key. */
export interface RateLimitBudget {
  current: RateLimit | null
}

export const realClock: ScanClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason)
        return
      }
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal.reason)
      }
      signal.addEventListener('abort', onAbort, { once: true })
    }),
}

interface Position {
  /** The next page's cursor; undefined before the first page. */
  cursor: string | undefined
  seenCursors: Set<string>
  ids: Set<string>
}

const freshPosition = (): Position => ({
  cursor: undefined,
  seenCursors: new Set(),
  ids: new Set(),
})

const initialSnapshot = <F>(): ScanSnapshot<F> => ({
  facts: [],
  scanned: 0,
  pages: 0,
  pagesFromCache: 0,
  done: false,
  error: null,
  partial: false,
  running: false,
  waitingUntil: null,
  rateLimited: 0,
})

/**
 * Counts a cursor-paged list in the background, page by page: pages already loaded elsewhere are
 * read from there, requests wait before the rate limit's budget runs out, and an abort keeps what
 * was counted and where, so `start()` later continues from there.
 */
export function createListScan<T extends { id: string }, F>(
  options: ListScanOptions<T, F>,
): ListScan<F> {
  const clock = options.clock ?? realClock
  const budget = options.budget ?? { current: null }
  const maxRateLimited = options.maxRateLimited ?? 3
  const listeners = new Set<() => void>()
  let snapshot = initialSnapshot<F>()
  let position = freshPosition()
  let controller: AbortController | null = null

  const update = (changes: Partial<ScanSnapshot<F>>) => {
    snapshot = { ...snapshot, ...changes }
    for (const listener of listeners) {
      listener()
    }
  }

  const accept = (page: CursorPage<T>, fromCache: boolean) => {
    const added: F[] = []
    for (const record of Array.isArray(page.data) ? page.data : []) {
      if (!position.ids.has(record.id)) {
        position.ids.add(record.id)
        added.push(options.toFacts(record))
      }
    }
    const facts = added.length > 0 ? [...snapshot.facts, ...added] : snapshot.facts
    const changes: Partial<ScanSnapshot<F>> = {
      facts,
      scanned: facts.length,
      pages: snapshot.pages + 1,
      pagesFromCache: snapshot.pagesFromCache + (fromCache ? 1 : 0),
    }
    if (!page.hasMore) {
      update({ ...changes, done: true })
      return false
    }
    const next = page.nextCursor
    if (next === null || next === '' || position.seenCursors.has(next)) {
      const error = new AuraPaginationError(
        next ? 'repeated-cursor' : 'missing-cursor',
        next ? `Server repeated the cursor "${next}"` : 'Server said has_more but sent no cursor',
      )
      update({ ...changes, error, partial: true })
      return false
    }
    position.seenCursors.add(next)
    position.cursor = next
    update(changes)
    return true
  }

  async function run(signal: AbortSignal) {
    let rateLimitedInRow = 0
    while (!signal.aborted) {
      const cached = options.cachedPage?.(position.cursor)
      if (cached) {
        if (!accept(cached, true)) {
          return
        }
        continue
      }
      const wait = delayBeforeRequest(budget.current, clock.now(), options)
      if (wait > 0) {
        update({ waitingUntil: clock.now() + wait })
        await clock.sleep(wait, signal)
        // The window has turned over: its old headers no longer describe the budget.
        budget.current = null
        update({ waitingUntil: null })
      }
      let page: CursorPage<T>
      try {
        page = await options.fetchPage(position.cursor, signal)
      } catch (error) {
        if (signal.aborted) {
          return
        }
        if (
          error instanceof AuraApiError &&
          error.status === 429 &&
          rateLimitedInRow < maxRateLimited
        ) {
          rateLimitedInRow++
          budget.current = error.rateLimit
          const retryAfter = error.retryAfterMs ?? 1_000
          update({ rateLimited: snapshot.rateLimited + 1, waitingUntil: clock.now() + retryAfter })
          await clock.sleep(retryAfter, signal)
          update({ waitingUntil: null })
          continue
        }
        update({ error, partial: snapshot.scanned > 0, waitingUntil: null })
        return
      }
      if (signal.aborted) {
        // A page that arrived as the scan was stopped: a later run asks for it again.
        return
      }
      rateLimitedInRow = 0
      if (page.rateLimit) {
        budget.current = page.rateLimit
      }
      if (!accept(page, false)) {
        return
      }
    }
  }

  const start = () => {
    if (controller || snapshot.done || snapshot.error !== null) {
      return
    }
    const own = new AbortController()
    controller = own
    update({ running: true })
    run(own.signal)
      .catch((error: unknown) => {
        // An abort while waiting lands here; anything else is a scan error.
        if (!own.signal.aborted) {
          update({ error, partial: snapshot.scanned > 0 })
        }
      })
      .finally(() => {
        // `running` turns false only here, once another start() can begin.
        if (controller === own) {
          controller = null
          update({ running: false, waitingUntil: null })
        }
      })
  }

  const stop = () => {
    controller?.abort()
    controller = null
    if (snapshot.running || snapshot.waitingUntil !== null) {
      update({ running: false, waitingUntil: null })
    }
  }

  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start,
    stop,
    retry: () => {
      if (snapshot.error !== null) {
        update({ error: null, partial: false })
      }
      start()
    },
    restart: () => {
      stop()
      position = freshPosition()
      snapshot = initialSnapshot<F>()
      update({})
      start()
    },
  }
}
