import type { RateLimit } from './rate-limit.ts'

/** One problem with an input, named by the input's field (`email`, `sort[0].field`, ...). */
export interface ValidationIssue {
  field: string
  message: string
}

/** Base class of every error this package throws (a user's abort reason is passed through as is). */
export class AuraKitError extends Error {
  /**
   * Always true. Makes the kit's errors a distinct type from `Error` (so typed hooks and type
   * tests can tell them apart) and recognisable across two copies of this package in one app.
   */
  readonly isAuraKitError = true as const
  // Each class names itself in a field: no constructor needed just to set the name.
  override name = 'AuraKitError'
}

export type ApiName = 'aura' | 'octanist'

export interface AuraApiErrorInit {
  api: ApiName
  status: number
  code: string
  message: string
  requestId: string | null
  details: unknown
  rateLimit: RateLimit | null
  retryAfterMs: number | null
}

/** The server answered with an error status (or a `success: false` envelope). */
export class AuraApiError extends AuraKitError {
  // `declare`: set by Object.assign below, so no field initialisers are emitted.
  declare readonly api: ApiName
  declare readonly status: number
  declare readonly code: string
  declare readonly requestId: string | null
  declare readonly details: unknown
  declare readonly rateLimit: RateLimit | null
  /** How long the server asked us to wait (`Retry-After`, or `X-RateLimit-Reset` on a 429). */
  declare readonly retryAfterMs: number | null

  override name = 'AuraApiError'

  constructor(init: AuraApiErrorInit) {
    super(init.message)
    Object.assign(this, init)
  }
}

/** `fetch` itself failed (DNS, connection reset, CORS, ...); the original error is `cause`. */
export class AuraNetworkError extends AuraKitError {
  override name = 'AuraNetworkError'
}

/** One attempt took longer than `timeoutMs`. A user's own abort is never turned into this. */
export class AuraTimeoutError extends AuraKitError {
  declare readonly timeoutMs: number

  override name = 'AuraTimeoutError'

  constructor(timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms`)
    this.timeoutMs = timeoutMs
  }
}

/** Input rejected before any request was sent. */
export class AuraValidationError extends AuraKitError {
  declare readonly issues: ValidationIssue[]

  override name = 'AuraValidationError'

  constructor(issues: ValidationIssue[]) {
    const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')
    super(`Invalid input: ${summary}`)
    this.issues = issues
  }
}

export interface AuraResponseErrorInit {
  message: string
  path: string
  status: number
  requestId: string | null
}

/** A success response whose body does not match the documented shape. */
export class AuraResponseError extends AuraKitError {
  /** First failing path in the body, like `data[3].total_paid_cents`; `''` is the whole body. */
  declare readonly path: string
  declare readonly status: number
  declare readonly requestId: string | null

  override name = 'AuraResponseError'

  constructor(init: AuraResponseErrorInit) {
    super(init.message)
    Object.assign(this, init)
  }
}

export type PaginationProblem =
  | 'repeated-cursor'
  | 'missing-cursor'
  | 'empty-page'
  | 'page-mismatch'
  | 'beyond-last-page'

/** The server's pagination would loop forever or skip data, so iteration stopped. */
export class AuraPaginationError extends AuraKitError {
  declare readonly problem: PaginationProblem

  override name = 'AuraPaginationError'

  constructor(problem: PaginationProblem, message: string) {
    super(message)
    this.problem = problem
  }
}

export function isAuraKitError(error: unknown): error is AuraKitError {
  return (
    error instanceof AuraKitError ||
    (error instanceof Error && (error as { isAuraKitError?: unknown }).isAuraKitError === true)
  )
}

/** True for failures worth another try: network errors, timeouts, 408, 429 and 5xx. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof AuraNetworkError || error instanceof AuraTimeoutError) {
    return true
  }
  if (error instanceof AuraApiError) {
    return error.status === 408 || error.status === 429 || error.status >= 500
  }
  return false
}

/** Throws AuraValidationError when there is any issue. */
export function throwIfInvalid(issues: ValidationIssue[]): void {
  if (issues.length > 0) {
    throw new AuraValidationError(issues)
  }
}
