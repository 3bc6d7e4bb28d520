#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { startMockServer } from './node-server.ts'

const HELP = `Usage: aura-mock [options]

Serves the Aura (/v1/leads, /v1/calls) and Octanist (/api/leads) mock APIs with seeded data.
The data is built around the server's start time: leads and past calls before it, upcoming
calls in the month after it, so "scheduled" calls are upcoming on any day.

Options:
  --port <n>          Port to listen on (default 4010; 0 lets the OS pick)
  --host <host>       Interface to bind (default 127.0.0.1)
  --seed <n>          Data seed (default 42); with --now, the same seed gives byte-identical data
  --rate-limit <n>    Aura requests per key per minute (default 100), or "off"
  --now <iso>         Build the data around this instant instead of the start time, and start the
                      clock there (it keeps ticking), e.g. 2026-06-01T00:00:00Z; the same seed and
                      instant give byte-identical data
  --data <mode>       "seeded" (default) or "awkward": every record in list and get-one responses
                      comes back as awkward but legal JSON (nulls in arrays, wrong nested types,
                      non-date timestamps, unknown keys, right-to-left and very long text)
  -h, --help          Show this help
`

function fail(message: string): never {
  process.stderr.write(`aura-mock: ${message}\n\n${HELP}`)
  process.exit(2)
}

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) {
    return fallback
  }
  if (!/^\d+$/.test(value)) {
    fail(`--${name} must be a non-negative integer, got "${value}"`)
  }
  return Number(value)
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse().values
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  if (values.help === true) {
    process.stdout.write(HELP)
    return
  }
  const rateLimit =
    values['rate-limit'] === 'off'
      ? false
      : { perMinute: integer(values['rate-limit'], 'rate-limit', 100) }
  // Without --now the data is built around the start time and the clock is the wall clock.
  const startedAt = Date.now()
  let referenceTime = startedAt
  let now: (() => number) | undefined
  if (values.now !== undefined) {
    const start = Date.parse(values.now)
    if (Number.isNaN(start)) {
      fail(`--now must be an ISO date, got "${values.now}"`)
    }
    referenceTime = start
    now = () => start + (Date.now() - startedAt)
  }
  const dataMode = values.data ?? 'seeded'
  if (dataMode !== 'seeded' && dataMode !== 'awkward') {
    fail(`--data must be "seeded" or "awkward", got "${dataMode}"`)
  }
  const server = await startMockServer({
    port: integer(values.port, 'port', 4010),
    host: values.host ?? '127.0.0.1',
    seed: integer(values.seed, 'seed', 42),
    rateLimit,
    now,
    referenceTime,
    dataMode,
  })
  process.stdout.write(
    `Aura mock API on ${server.url}  (Aura: /v1/leads, /v1/calls · Octanist: /api/leads · any bearer / X-API-KEY is accepted)\n`,
  )
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function parse() {
  // `pnpm run serve -- --port 0` passes the `--` through; drop it so the options still parse.
  const args = process.argv.slice(2)
  return parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'rate-limit': { type: 'string' },
      now: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  })
}

await main()
