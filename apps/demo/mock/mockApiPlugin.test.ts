import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, preview, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { isMockPath, mockApiPlugin } from './mockApiPlugin.ts'

const auth = { authorization: 'Bearer demo-test' }
const options = () => ({
  counts: { leads: 60, calls: 10, octanistLeads: 10 },
  rateLimit: false as const,
})

test.each([
  ['/v1/leads?limit=2', true],
  ['/v1', true],
  ['/api/leads', true],
  ['/media/recordings/x.wav', true],
  ['/health', true],
  ['/__mock/reset', true],
  ['/', false],
  ['/leads', false],
  ['/calls/123', false],
  ['/v1x', false],
  ['/apis', false],
  ['/src/main.tsx', false],
])('isMockPath(%s) is %s', (url, expected) => {
  expect(isMockPath(url)).toBe(expected)
})

let server: ViteDevServer
let origin: string

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: new URL('..', import.meta.url).pathname,
    logLevel: 'silent',
    plugins: [mockApiPlugin(options)],
    server: { host: '127.0.0.1', port: 0, ws: false },
  })
  await server.listen()
  origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
})

afterAll(async () => {
  await server.close()
})

test('the dev server answers the mock API on its own origin, the app everywhere else', async () => {
  const leads = await fetch(`${origin}/v1/leads?limit=2`, { headers: auth })
  expect(leads.status).toBe(200)
  expect((await leads.json()).data).toHaveLength(2)
  const octanist = await fetch(`${origin}/api/leads?limit=3`, { headers: { 'x-api-key': 'k' } })
  expect((await octanist.json()).meta.pagination.total).toBe(10)
  expect((await fetch(`${origin}/health`)).status).toBe(200)
  expect(await (await fetch(`${origin}/leads`)).text()).toContain('<div id="root">')
})

test('control routes and per-request faults reach the mock', async () => {
  const faulty = await fetch(`${origin}/v1/leads`, { headers: { ...auth, 'x-mock-status': '503' } })
  expect(faulty.status).toBe(503)
  expect((await fetch(`${origin}/__mock/reset`, { method: 'POST' })).status).toBe(204)
})

test('vite preview mounts the same middleware', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'aura-demo-preview-'))
  await writeFile(join(outDir, 'index.html'), '<!doctype html><div id="root"></div>')
  const server = await preview({
    configFile: false,
    root: new URL('..', import.meta.url).pathname,
    logLevel: 'silent',
    plugins: [mockApiPlugin(options)],
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  })
  try {
    const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
    expect(await (await fetch(`${url}/calls/1`)).text()).toContain('<div id="root">')
    const leads = await fetch(`${url}/v1/leads?limit=1`, { headers: auth })
    expect(leads.status).toBe(200)
    expect((await leads.json()).data).toHaveLength(1)
  } finally {
    await server.close()
    await rm(outDir, { recursive: true, force: true })
  }
})
