import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'

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
