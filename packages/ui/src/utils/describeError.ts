/** What the UI shows for an error: the API's message and, when there is one, its request id. */
export interface ErrorDescription {
  message: string
  requestId: string | null
}

/**
 * The error's own message (or `fallback`, e.g. the kit's `messages.common.somethingWentWrong`,
 * when it has none) and its request id.
 */
export function describeError(
  error: unknown,
  fallback = 'Something went wrong.',
): ErrorDescription {
  if (error instanceof Error) {
    const requestId =
      'requestId' in error && typeof error.requestId === 'string' ? error.requestId : null
    return { message: error.message || fallback, requestId }
  }
  return { message: fallback, requestId: null }
}
