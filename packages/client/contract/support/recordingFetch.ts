export interface SentRequest {
  method: string
  url: URL
}

export interface RecordingFetch {
  fetch: typeof fetch
  /** Every request handed to the network, in order. */
  sent: SentRequest[]
}

/**
 * The global fetch, recording each request first. `rewrite` may edit the URL on its way out:
 * a stand-in for a proxy that sends raw params the client itself would refuse to build.
 */
export function recordingFetch(rewrite?: (url: URL) => void): RecordingFetch {
  const sent: SentRequest[] = []
  const send = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input)
    rewrite?.(url)
    sent.push({ method: init?.method ?? 'GET', url })
    return fetch(url, init)
  }
  return { fetch: send, sent }
}
