/** Thrown by handlers; the pipeline renders it in the envelope of the API that was called. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(
    status: number,
    code: string,
    message: string,
    details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
    this.headers = headers
  }
}

export const validationError = (message: string, details: Record<string, unknown> = {}): ApiError =>
  new ApiError(400, 'VALIDATION_ERROR', message, details)
