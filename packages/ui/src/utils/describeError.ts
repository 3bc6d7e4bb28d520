/** What the UI shows for an error: the API's message and, when there is one, its request id. */
export interface ErrorDescription {
  message: string
  requestId: string | null
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof Error) {
    const requestId =
      'requestId' in error && typeof error.requestId === 'string' ? error.requestId : null
    return { message: error.message || 'Something went wrong.', requestId }
  }
  return { message: 'Something went wrong.', requestId: null }
}
