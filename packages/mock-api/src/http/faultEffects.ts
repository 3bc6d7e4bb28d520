/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** The first half of the body with status 200: JSON that cannot parse. */
export async function malform(response: Response): Promise<Response> {
  const text = await response.text()
  const truncated = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  headers.set('Content-Type', 'application/json; charset=utf-8')
  return new Response(truncated, { status: 200, headers })
}

const SLOW_CHUNKS = 10

/** Streams the body in up to ten chunks, one every `totalMs / chunks`, aborting with `signal`. */
export async function slowBody(
  response: Response,
  totalMs: number,
  signal: AbortSignal,
): Promise<Response> {
  if (response.body === null) {
    return response
  }
  const bytes = new Uint8Array(await response.arrayBuffer())
  const chunkCount = Math.max(1, Math.min(SLOW_CHUNKS, bytes.length))
  const chunkSize = Math.ceil(bytes.length / chunkCount)
  const interval = totalMs / chunkCount
  const cancelled = new AbortController()
  const stopSignal = AbortSignal.any([signal, cancelled.signal])
  let offset = 0
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        await sleep(interval, stopSignal)
      } catch (error) {
        controller.error(error)
        return
      }
      controller.enqueue(bytes.slice(offset, offset + chunkSize))
      offset += chunkSize
      if (offset >= bytes.length) {
        controller.close()
      }
    },
    cancel() {
      cancelled.abort()
    },
  })
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
}
