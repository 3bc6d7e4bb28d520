import type { IncomingMessage, ServerResponse } from 'node:http'
import { createMockApi, type MockApiOptions } from '@aura-kit/mock-api'
import { createNodeListener } from '@aura-kit/mock-api/node'
import type { Connect, Plugin } from 'vite'

/** Every path the mock answers; everything else is the app. */
export const MOCK_PATH_PREFIXES = ['/v1', '/api', '/media', '/health', '/__mock'] as const

export function isMockPath(url: string | undefined): boolean {
  const pathname = new URL(url ?? '/', 'http://local').pathname
  return MOCK_PATH_PREFIXES.some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  )
}

/**
 * Serves `@aura-kit/mock-api` on the app's own origin in `vite` and `vite preview`, so the demo
 * needs no key, no CORS and no second process. The data is built on the first API request.
 */
export function mockApiPlugin(getOptions: () => MockApiOptions): Plugin {
  let listener: ((incoming: IncomingMessage, outgoing: ServerResponse) => void) | undefined
  const middleware: Connect.NextHandleFunction = (incoming, outgoing, next) => {
    if (!isMockPath(incoming.url)) {
      next()
      return
    }
    listener ??= createNodeListener(createMockApi(getOptions()))
    listener(incoming, outgoing)
  }
  return {
    name: 'aura-kit:mock-api',
    // Added before Vite's own middlewares, so the SPA fallback never sees API paths.
    configureServer(server) {
      server.middlewares.use(middleware)
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware)
    },
  }
}
