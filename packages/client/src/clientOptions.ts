import type { DataIssue } from './dataIssue.ts'
import type { RetryOptions } from './retry.ts'

export type TokenGetter = () => string | null | undefined | Promise<string | null | undefined>

export type HeadersOption = Record<string, string> | (() => Record<string, string>)

/** Options both clients share. */
export interface BaseClientOptions {
  /** API root; a partner proxy works too, with or without a path prefix or trailing slash. */
  baseUrl?: string
  /**
   * The browser way: returns a short-lived token. Called before every attempt (retries
   * included), so it can refresh. When given, `apiKey` is ignored; a null result sends no
   * credentials (the server then answers 401).
   */
  getToken?: TokenGetter
  /**
   * Server-side secret. NEVER ship it to a browser: anyone can read it from the bundle or the
   * network panel. In browsers use `getToken`, or point `baseUrl` at your own proxy.
   */
  apiKey?: string
  /** Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch
  /** Extra headers on every request (a function is called per attempt). */
  headers?: HeadersOption
  /** GET retry policy; `false` turns retries off. POST is never retried. */
  retry?: Partial<RetryOptions> | false
  /** Per attempt, default 30_000; exceeding it throws AuraTimeoutError. 0 disables it. */
  timeoutMs?: number
  /**
   * Called for each odd value the client repaired instead of failing the request: a value that
   * became null, an array item or a whole record (one without an id) that was dropped. Errors it
   * throws are ignored. In development a summary also goes to `console.warn`.
   */
  onDataIssue?: (issue: DataIssue) => void
}

export const DEFAULT_TIMEOUT_MS = 30_000

/** getToken wins over apiKey; empty or missing → null (no credentials sent). */
export async function resolveCredential(options: BaseClientOptions): Promise<string | null> {
  const credential = options.getToken ? await options.getToken() : options.apiKey
  return credential || null
}
