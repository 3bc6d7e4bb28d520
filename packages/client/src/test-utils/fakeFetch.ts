/** A request as the fake server saw it. */
export interface RecordedRequest {
  url: URL
  method: string
  headers: Headers
  /** Parsed JSON body, or undefined without one. */
  body: unknown
  signal: AbortSignal | null
}

export type Responder = (request: RecordedRequest) => Response | Promise<Response>

export interface FakeFetch {
  fetch: typeof fetch
  requests: RecordedRequest[]
}

/**
 * A fetch that answers with the given responders in order (the last one repeats). A responder
 * is a function so every call gets a fresh Response, or an Error to reject with.
 */
export function fakeFetch(...responders: Array<Responder | Error>): FakeFetch {
  const requests: RecordedRequest[] = []
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    const recorded: RecordedRequest = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body,
      signal: init?.signal ?? null,
    }
    const responder = responders[Math.min(requests.length, responders.length - 1)]
    requests.push(recorded)
    if (responder === undefined) {
      throw new Error('fakeFetch has no responders')
    }
    if (responder instanceof Error) {
      throw responder
    }
    return responder(recorded)
  }
  return { fetch: fetchFn, requests }
}

export function json(body: unknown, init: ResponseInit = {}): Responder {
  return () =>
    new Response(JSON.stringify(body), {
      status: 200,
      ...init,
      headers: { 'Content-Type': 'application/json', ...init.headers },
    })
}

export function text(body: string, init: ResponseInit = {}): Responder {
  return () => new Response(body, { status: 200, ...init })
}

/** Never answers; rejects with the signal's reason when the request is aborted. */
export const hang: Responder = (request) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal?.addEventListener('abort', () => reject(request.signal?.reason), {
      once: true,
    })
  })

/** Never answers and ignores the signal, like a broken fetch polyfill. */
export const hangForever: Responder = () => new Promise<Response>(() => {})
