import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterEach, describe, expect, test } from 'vitest'
import { createMockApi } from './createMockApi.ts'
import { createMockHandlers } from './msw.ts'

const api = createMockApi({ counts: { leads: 30, calls: 10, octanistLeads: 10 } })
let stop: (() => void) | undefined

afterEach(() => {
  stop?.()
  stop = undefined
})

/** Our handlers first, then a fallback that marks whatever they left alone. */
function listen(handlers: ReturnType<typeof createMockHandlers>) {
  const server = setupServer(
    ...handlers,
    http.all('*', () => new HttpResponse('fallback', { status: 418 })),
  )
  server.listen({ onUnhandledFrame: 'error' })
  stop = () => server.close()
}

describe('createMockHandlers', () => {
  test('without baseUrl answers the API paths on any origin', async () => {
    listen(createMockHandlers(api))
    for (const origin of ['https://api.aura-app.ai', 'http://localhost:5173']) {
      const response = await fetch(`${origin}/v1/leads?limit=3`, {
        headers: { authorization: 'Bearer k' },
      })
      expect(response.status).toBe(200)
      expect((await response.json()).data).toHaveLength(3)
    }
    const octanist = await fetch('https://octanist.com/api/leads?limit=1', {
      headers: { 'x-api-key': 'k' },
    })
    expect((await octanist.json()).meta.pagination.total).toBe(10)
    expect((await fetch('https://api.aura-app.ai/health')).status).toBe(200)
    const reset = await fetch('http://localhost:5173/__mock/reset', { method: 'POST' })
    expect(reset.status).toBe(204)
  })

  test('without baseUrl leaves other paths (app assets, other APIs) alone', async () => {
    listen(createMockHandlers(api))
    for (const url of [
      'http://localhost:5173/src/main.tsx',
      'http://localhost:5173/',
      'https://cdn.example/v2/x',
    ]) {
      const response = await fetch(url)
      expect([response.status, await response.text()]).toEqual([418, 'fallback'])
    }
  })

  test('with baseUrl answers everything under it, unknown paths with the API 404', async () => {
    listen(createMockHandlers(api, { baseUrl: 'https://api.aura-app.ai/' }))
    const unknown = await fetch('https://api.aura-app.ai/v9/things', {
      headers: { authorization: 'Bearer k' },
    })
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).code).toBe('NOT_FOUND')
    expect((await fetch('https://elsewhere.example/v1/leads')).status).toBe(418)
  })
})
