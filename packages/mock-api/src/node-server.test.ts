import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMockApi } from './createMockApi.ts'
import type { AuraCall } from './data/callTypes.ts'
import { createNodeListener, type MockServer, startMockServer } from './node-server.ts'

let server: MockServer
const auth = { authorization: 'Bearer test-key' }

beforeAll(async () => {
  server = await startMockServer({ counts: { leads: 300, calls: 300, octanistLeads: 100 } })
})

afterAll(async () => {
  await server.close()
})

describe('startMockServer over real HTTP', () => {
  test('listens on 127.0.0.1 with an OS-assigned port', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
  })

  test('serves both APIs, CORS and POST bodies', async () => {
    const leads = await fetch(`${server.url}/v1/leads?limit=2`, { headers: auth })
    expect(leads.status).toBe(200)
    expect(leads.headers.get('x-ratelimit-limit')).toBe('100')
    expect((await leads.json()).data).toHaveLength(2)
    const octanist = await fetch(`${server.url}/api/leads?limit=3`, {
      headers: { 'x-api-key': 'k' },
    })
    expect((await octanist.json()).meta.pagination.total).toBe(100)
    const preflight = await fetch(`${server.url}/v1/leads`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const created = await fetch(`${server.url}/v1/leads`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'http@example.com' }),
    })
    expect(created.status).toBe(201)
    expect(server.api.db.leads.some((lead) => lead.email === 'http@example.com')).toBe(true)
  })

  test('recording URLs point at the server and play back as WAV', async () => {
    const recorded = server.api.db.calls.find((call) => call.has_recording)
    const response = await fetch(`${server.url}/v1/calls/${recorded?.id}`, { headers: auth })
    const call = (await response.json()).data as AuraCall
    expect(call.recording_url).toBe(`${server.url}/media/recordings/${recorded?.id}.wav`)
    const audio = await fetch(call.recording_url ?? '', { headers: { range: 'bytes=0-43' } })
    expect(audio.status).toBe(206)
    expect(new TextDecoder().decode((await audio.arrayBuffer()).slice(0, 4))).toBe('RIFF')
  })

  test('streams slow bodies in several chunks', async () => {
    const expected = await (
      await fetch(`${server.url}/v1/leads?limit=20`, { headers: auth })
    ).text()
    const response = await fetch(`${server.url}/v1/leads?limit=20`, {
      headers: { ...auth, 'x-mock-slow-body': '200' },
    })
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const chunks: Uint8Array[] = []
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      chunks.push(result.value)
    }
    expect(chunks.length).toBeGreaterThan(1)
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(expected)
  })

  test('a client abort during latency rejects the fetch and the server keeps serving', async () => {
    const controller = new AbortController()
    const pending = fetch(`${server.url}/v1/leads`, {
      headers: { ...auth, 'x-mock-latency': '60000' },
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
  })
})

test('close() does not wait for keep-alive connections or in-flight slow requests', async () => {
  const local = await startMockServer({ counts: { leads: 5, calls: 0, octanistLeads: 0 } })
  expect((await fetch(`${local.url}/health`)).status).toBe(200)
  const inFlight = fetch(`${local.url}/health`, { headers: { 'x-mock-latency': '60000' } }).catch(
    (error: unknown) => error,
  )
  await new Promise((resolve) => setTimeout(resolve, 20))
  await local.close()
  expect(await inFlight).toBeInstanceOf(Error)
  await expect(fetch(`${local.url}/health`)).rejects.toThrow()
})

test('createNodeListener serves the mock from inside another server, beside its own routes', async () => {
  const api = createMockApi({ counts: { leads: 5, calls: 5, octanistLeads: 0 }, rateLimit: false })
  const mock = createNodeListener(api)
  // The way a Connect-style middleware (Vite's dev or preview server) mounts it.
  const host = createServer((incoming, outgoing) => {
    if (incoming.url?.startsWith('/v1/') || incoming.url?.startsWith('/__mock/')) {
      mock(incoming, outgoing)
    } else {
      outgoing.end('app shell')
    }
  })
  host.listen(0, '127.0.0.1')
  await once(host, 'listening')
  const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  try {
    const leads = await fetch(`${origin}/v1/leads?limit=2`, { headers: auth })
    expect(leads.status).toBe(200)
    expect((await leads.json()).data).toHaveLength(2)
    expect(await (await fetch(`${origin}/leads`)).text()).toBe('app shell')
    const faults = await fetch(`${origin}/__mock/faults`, {
      method: 'PUT',
      body: JSON.stringify([{ path: '/v1/leads', status: 503 }]),
    })
    expect(faults.status).toBe(200)
    expect((await fetch(`${origin}/v1/leads`, { headers: auth })).status).toBe(503)
  } finally {
    host.closeAllConnections()
    await new Promise((resolve) => host.close(resolve))
  }
})
