import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'
import { createDb } from './db.ts'

const cliPath = fileURLToPath(new URL('./cli.ts', import.meta.url))
let child: ChildProcess | undefined

afterEach(() => {
  if (child !== undefined && child.exitCode === null) {
    child.kill('SIGKILL')
  }
})

function run(args: string[]): { process: ChildProcess; output: () => string } {
  let output = ''
  child = spawn(process.execPath, ['--conditions=@aura-kit/source', cliPath, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  return { process: child, output: () => output }
}

async function waitFor(read: () => string, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = read().match(pattern)
    if (match !== null) {
      return match
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

test('runs from source, prints the banner, serves, and stops cleanly on SIGTERM', async () => {
  const { process: server, output } = run(['--port', '0', '--seed', '7', '--rate-limit', 'off'])
  const [banner, url] = await waitFor(
    output,
    /Aura mock API on (http:\/\/127\.0\.0\.1:\d+) {2}\(Aura: .*\)\n/,
  )
  expect(banner).toContain(
    '(Aura: /v1/leads, /v1/calls · Octanist: /api/leads · any bearer / X-API-KEY is accepted)',
  )
  const response = await fetch(`${url}/v1/leads?limit=1`, {
    headers: { authorization: 'Bearer any' },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('x-ratelimit-limit')).toBeNull()
  server.kill('SIGTERM')
  const [code] = await once(server, 'exit')
  expect(code).toBe(0)
})

test('--help prints usage and exits 0; bad options exit 2', async () => {
  const help = run(['--help'])
  const [helpCode] = await once(help.process, 'exit')
  expect(helpCode).toBe(0)
  expect(help.output()).toContain('Usage: aura-mock')
  const bad = run(['--port', 'eighty'])
  const [badCode] = await once(bad.process, 'exit')
  expect(badCode).toBe(2)
  expect(bad.output()).toContain('--port must be a non-negative integer')
})

test('--data awkward serves awkward records; an unknown mode exits 2', async () => {
  const { process: server, output } = run(['--port', '0', '--data', 'awkward'])
  const [, url] = await waitFor(output, /Aura mock API on (http:\/\/127\.0\.0\.1:\d+)/)
  const response = await fetch(`${url}/v1/leads?limit=3`, {
    headers: { authorization: 'Bearer any' },
  })
  const body = (await response.json()) as { data: { id: string; x_debug?: unknown }[] }
  expect(body.data).toHaveLength(3)
  expect(body.data.every((lead) => typeof lead.id === 'string' && lead.x_debug !== undefined)).toBe(
    true,
  )
  server.kill('SIGTERM')
  await once(server, 'exit')
  const bad = run(['--data', 'weird'])
  const [badCode] = await once(bad.process, 'exit')
  expect(badCode).toBe(2)
  expect(bad.output()).toContain('--data must be "seeded" or "awkward"')
})

interface ListBody {
  data: { id: string; created_at: string; scheduled_at?: string; status?: string }[]
}

async function getList(url: string, path: string): Promise<ListBody> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: 'Bearer any' } })
  expect(response.status).toBe(200)
  return (await response.json()) as ListBody
}

async function stop(server: ChildProcess): Promise<void> {
  server.kill('SIGTERM')
  await once(server, 'exit')
}

test('without --now the data is built around the start time: scheduled calls are upcoming', async () => {
  const before = Date.now()
  const { process: server, output } = run(['--port', '0', '--rate-limit', 'off'])
  const [, url = ''] = await waitFor(output, /Aura mock API on (http:\/\/127\.0\.0\.1:\d+)/)
  const after = Date.now()
  const upcoming = await getList(url, '/v1/calls?is_upcoming=true&status=scheduled&limit=100')
  expect(upcoming.data.length).toBeGreaterThan(0)
  for (const call of upcoming.data) {
    expect(Date.parse(call.scheduled_at ?? '')).toBeGreaterThan(before)
  }
  const leads = await getList(url, '/v1/leads?limit=100')
  for (const lead of leads.data) {
    expect(Date.parse(lead.created_at)).toBeLessThanOrEqual(after)
  }
  // The newest lead is recent, not months before today.
  expect(Date.parse(leads.data[0]?.created_at ?? '')).toBeGreaterThan(before - 7 * 86_400_000)
  await stop(server)
})

test('--now builds the same bytes as the library at that instant, on every run', async () => {
  const bodies: string[] = []
  for (let round = 0; round < 2; round++) {
    const { process: server, output } = run(['--port', '0', '--now', '2026-06-01T00:00:00Z'])
    const [, url = ''] = await waitFor(output, /Aura mock API on (http:\/\/127\.0\.0\.1:\d+)/)
    const response = await fetch(`${url}/v1/leads?limit=100`, {
      headers: { authorization: 'Bearer any' },
    })
    bodies.push(await response.text())
    await stop(server)
  }
  expect(bodies[1]).toBe(bodies[0])
  const library = createDb(42, {}, Date.parse('2026-06-01T00:00:00Z')).leads.slice(0, 100)
  expect(JSON.parse(bodies[0] ?? '').data).toEqual(JSON.parse(JSON.stringify(library)))
})
