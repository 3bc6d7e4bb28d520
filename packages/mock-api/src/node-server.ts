import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockApi, type MockApi, type MockApiOptions } from './createMockApi.ts'

export interface MockServerOptions extends MockApiOptions {
  /** Default 0: the OS picks a free port. */
  port?: number
  /** Default `127.0.0.1`. */
  host?: string
}

export interface MockServer {
  url: string
  port: number
  api: MockApi
  /** Stops listening and drops every connection, keep-alive ones included. */
  close(): Promise<void>
}

/** Serves `createMockApi(options)` over `node:http`, streaming response bodies (slow-body faults). */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', ...apiOptions } = options
  const api = createMockApi(apiOptions)
  const server = createServer(createNodeListener(api))
  server.listen(port, host)
  await once(server, 'listening')
  const address = server.address() as AddressInfo
  const hostForUrl = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${hostForUrl}:${address.port}`,
    port: address.port,
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)))
        server.closeAllConnections()
      }),
  }
}

/**
 * `api.handle` as a `node:http` request listener: Node request in, fetch `Request` to the mock,
 * streamed response out. Mount it in any Node server or Connect-style middleware (Vite's dev and
 * preview servers) that passes `req.url` unchanged.
 */
export function createNodeListener(
  api: MockApi,
): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    serve(api, incoming, outgoing).catch(() => {
      outgoing.destroy()
    })
  }
}

async function serve(
  api: MockApi,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const aborter = new AbortController()
  outgoing.on('close', () => {
    if (!outgoing.writableFinished) {
      aborter.abort()
    }
  })
  const request = await toRequest(incoming, aborter.signal)
  let response: Response
  try {
    response = await api.handle(request)
  } catch (error) {
    if (aborter.signal.aborted) {
      return
    }
    throw error
  }
  outgoing.writeHead(
    response.status,
    response.statusText || undefined,
    headerRecord(response.headers),
  )
  if (response.body === null) {
    outgoing.end()
    return
  }
  for await (const chunk of response.body) {
    if (aborter.signal.aborted) {
      return
    }
    if (!outgoing.write(chunk)) {
      await once(outgoing, 'drain')
    }
  }
  outgoing.end()
}

async function toRequest(incoming: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, item)
    }
  }
  const method = incoming.method ?? 'GET'
  let body: Uint8Array<ArrayBuffer> | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) {
      chunks.push(chunk as Buffer)
    }
    body = new Uint8Array(Buffer.concat(chunks))
  }
  return new Request(url, { method, headers, body, signal })
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  headers.forEach((value, name) => {
    record[name] = value
  })
  return record
}
