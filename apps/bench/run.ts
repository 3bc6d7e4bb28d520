// Node-only benchmark runner: `pnpm bench` from the repo root. See README.md for flags.
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { libraryGzip, pageJsGzip } from './runner/bundleSizes.ts'
import { measureRun } from './runner/measureRun.ts'
import { type ContenderResult, markdownTables, mediansOf, toSample } from './runner/report.ts'
import { serveStatic } from './runner/serveStatic.ts'
import { CONTENDERS } from './src/contenders.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000,10000,100000' },
    rounds: { type: 'string', default: '5,5,3' },
    contenders: { type: 'string', default: CONTENDERS.map((c) => c.id).join(',') },
    'scroll-frames': { type: 'string', default: '300' },
    'max-scroll-ms': { type: 'string', default: '20000' },
    'timeout-ms': { type: 'string', default: '120000' },
    'skip-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'RESULTS.md' },
  },
})
const rowCounts = flags.rows.split(',').map(Number)
const rounds = flags.rounds.split(',').map(Number)
const contenders = CONTENDERS.filter((c) => flags.contenders.split(',').includes(c.id))
const scrollFrames = Number(flags['scroll-frames'])
const timeoutMs = Number(flags['timeout-ms'])

if (!flags['skip-build']) {
  console.log('Building the pages and packages/ui (with its workspace dependencies)…')
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: here('.'),
    stdio: 'inherit',
  })
  execFileSync('pnpm', ['--filter', '@aura-kit/ui...', 'run', 'build'], { stdio: 'inherit' })
}

const dist = here('./dist')
const uiGzipKb = (await libraryGzip(here('../../packages/ui/dist/index.js'))) / 1024
const jsGzipKb = new Map<string, number>()
for (const contender of contenders) {
  jsGzipKb.set(contender.id, (await pageJsGzip(dist, `pages/${contender.id}.html`)) / 1024)
}

const server = await serveStatic(dist)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const results: ContenderResult[] = []
try {
  for (const [index, rows] of rowCounts.entries()) {
    const group = contenders.map((contender) => ({
      contender,
      rows,
      samples: [],
      failures: [],
      jsGzipKb: jsGzipKb.get(contender.id) ?? Number.NaN,
    })) satisfies ContenderResult[]
    results.push(...group)
    const roundCount = rounds[index] ?? rounds.at(-1) ?? 1
    for (let round = 0; round < roundCount; round++) {
      // Rotate the order each round so no contender always runs first (or after the heaviest).
      for (let k = 0; k < group.length; k++) {
        const entry = group[(k + round) % group.length] as ContenderResult
        const label = `${rows} rows, round ${round + 1}/${roundCount}, ${entry.contender.id}`
        try {
          const run = await measureRun(browser, entry.contender, {
            origin: server.origin,
            rows,
            scrollFrames,
            maxScrollMs: Number(flags['max-scroll-ms']),
            timeoutMs,
          })
          entry.samples.push(toSample(run))
          const m = mediansOf([toSample(run)])
          console.log(
            `${label}: first rows ${m.firstRowMs.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, heap ${m.heapMb.toFixed(1)} MB, ${m.domNodes} nodes`,
          )
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
          entry.failures.push(message ?? 'unknown error')
          console.log(`${label}: FAILED ${message}`)
        }
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}

const report = [
  `# Table benchmark results`,
  '',
  `Run ${new Date().toISOString()} with \`pnpm bench --rows ${flags.rows} --rounds ${flags.rounds} --scroll-frames ${scrollFrames}\`, headless Chromium ${browser.version()}, medians over rounds.`,
  '',
  markdownTables(results),
  `packages/ui alone (dist/index.js bundled and minified with esbuild; react, react-dom and @tanstack/react-query external): **${uiGzipKb.toFixed(1)} kB gzip**.`,
  '',
  ...results
    .filter((r) => r.failures.length > 0)
    .map((r) => `- ${r.contender.id} at ${r.rows} rows failed: ${r.failures.join('; ')}`),
].join('\n')
console.log(`\n${report}`)
await writeFile(resolve(here('.'), flags.out), `${report}\n`)
