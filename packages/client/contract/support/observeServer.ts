import type { MockServer } from '@aura-kit/mock-api/node'

export type HandleOutcome = 'responded' | 'aborted' | 'failed'

export interface ObservedRequest {
  request: Request
  /** Settles when the mock's handler finishes: with a response, or aborted by the socket closing. */
  outcome: Promise<HandleOutcome>
}

/**
 * Wraps the server's fetch handler to see what arrives and how each request ends. The Node
 * adapter aborts `request.signal` when the client closes the connection early.
 */
export function observeServer(server: MockServer): { requests: ObservedRequest[]; stop(): void } {
  const { api } = server
  const original = api.handle
  const requests: ObservedRequest[] = []
  api.handle = (request) => {
    const handled = original(request)
    requests.push({
      request,
      outcome: handled.then(
        () => 'responded',
        () => (request.signal.aborted ? 'aborted' : 'failed'),
      ),
    })
    return handled
  }
  return {
    requests,
    stop: () => {
      api.handle = original
    },
  }
}
