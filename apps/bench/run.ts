// Node-only benchmark runner: `pnpm bench` from the repo root. See README.md for flags and method.
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../scripts/chromium.ts'
import {
  KIT_DEPENDENCIES,
  type LibrarySize,
  libraryGzip,
  PEERS,
  pageGzip,
} from './runner/bundleSizes.ts'
import { measureRun, RunFailure } from './runner/measureRun.ts'
import {
  type BundleSize,
  type ContenderResult,
  fixed,
  markdownTables,
  mediansOf,
  targetLines,
  toSample,
} from './runner/report.ts'
import { serveStatic } from './runner/serveStatic.ts'
import { CONTENDERS } from './src/contenders.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000,10000,100000' },
    rounds: { type: 'string', default: '5,5,3' },
    contenders: { type: 'string', default: CONTENDERS.map((c) => c.id).join(',') },
    'scroll-px': { type: 'string', default: '100' },
    'max-scroll-ms': { type: 'string', default: '20000' },
    'timeout-ms': { type: 'string', default: '120000' },
    'skip-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'RESULTS.md' },
  },
})
const rowCounts = flags.rows.split(',').map(Number)
const rounds = flags.rounds.split(',').map(Number)
const contenders = CONTENDERS.filter((c) => flags.contenders.split(',').includes(c.id))
const pxPerFrame = Number(flags['scroll-px'])
const maxScrollMs = Number(flags['max-scroll-ms'])
const timeoutMs = Number(flags['timeout-ms'])
const numbers = [...rowCounts, ...rounds, pxPerFrame, maxScrollMs, timeoutMs]
if (numbers.some((n) => !Number.isFinite(n) || n <= 0) || contenders.length === 0) {
  throw new Error('Invalid flags: see apps/bench/README.md')
}
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const commit = git('rev-parse', '--short', 'HEAD')
const uiDirty = git('status', '--porcelain', '--', '../../packages').length > 0
const loadAtStart = loadavg()

if (!flags['skip-build']) {
  console.log('Building the pages…')
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: here('.'),
    stdio: 'inherit',
  })
}

const tablesEntry = here('./runner/tablesEntry.ts')
const uiIndex = here('../../packages/ui/src/index.ts')
// A bundle that fails (say packages/ui mid-edit) is reported, not fatal: the timings still run.
const measureBundle = (entry: string, external: readonly string[]) =>
  libraryGzip(entry, external).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  )
const bundles: [string, LibrarySize | Error][] = [
  [
    'tables, `@aura-kit/ui` alone (`@aura-kit/client`, `@aura-kit/hooks` and the peers external)',
    await measureBundle(tablesEntry, [...PEERS, ...KIT_DEPENDENCIES]),
  ],
  [
    'tables with `@aura-kit/hooks` + `@aura-kit/client` (only the peers external)',
    await measureBundle(tablesEntry, PEERS),
  ],
  [
    'all of `packages/ui/src/index.ts` today (only the peers external; work in progress)',
    await measureBundle(uiIndex, PEERS),
  ],
]
const sizeOf = (index: number): BundleSize => {
  const [label, size] = bundles[index] as [string, LibrarySize | Error]
  return { label, gzipKb: size instanceof Error ? Number.NaN : size.gzipBytes / 1024 }
}

const dist = here('./dist')
const pageGzipKb = new Map<string, number>()
for (const contender of contenders) {
  pageGzipKb.set(contender.id, (await pageGzip(dist, `pages/${contender.id}.html`)) / 1024)
}

const server = await serveStatic(dist)
const browser = await chromium.launch(chromiumLaunchOptions)
const browserVersion = browser.version()
const results: ContenderResult[] = []
// A contender that timed out is not run again, at that row count or above: it would only take
// the same long minutes from the other helpers sharing the machine.
const timedOut = new Set<string>()
try {
  for (const [index, rows] of rowCounts.entries()) {
    const group: ContenderResult[] = contenders.map((contender) => ({
      contender,
      rows,
      samples: [],
      failures: [],
      pageGzipKb: pageGzipKb.get(contender.id) ?? Number.NaN,
    }))
    results.push(...group)
    const roundCount = rounds[index] ?? rounds.at(-1) ?? 1
    for (let round = 0; round < roundCount; round++) {
      // Rotate the order each round so no contender always runs first (or after the heaviest).
      for (let k = 0; k < group.length; k++) {
        const entry = group[(k + round) % group.length] as ContenderResult
        const label = `${rows} rows, round ${round + 1}/${roundCount}, ${entry.contender.id}`
        if (timedOut.has(entry.contender.id)) {
          console.log(`${label}: skipped, timed out before`)
          entry.failures.push('not run: timed out before')
          continue
        }
        try {
          const run = await measureRun(browser, entry.contender, {
            origin: server.origin,
            rows,
            pxPerFrame,
            maxScrollMs,
            timeoutMs,
          })
          const sample = toSample(run)
          entry.samples.push(sample)
          const m = mediansOf([sample])
          console.log(
            `${label}: first rows ${fixed(m.firstRowMs)} ms, mount ${fixed(m.mountMs)} ms, frames p50 ${fixed(m.p50)} p95 ${fixed(m.p95)} ms, ` +
              `${m.lateFrames} late / ${m.frames}, ${m.blankFrames} blank, main thread ${fixed(m.mainThreadMsPerFrame)} (JS ${fixed(m.scriptMsPerFrame)}) ms/frame, scrolled ${Math.floor(m.scrolledFraction * 100)} %, ` +
              `heap ${fixed(m.heapMb)} MB, ${m.domElements} elements`,
          )
        } catch (error) {
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
          entry.failures.push(message || 'unknown error')
          if (error instanceof RunFailure && message?.startsWith('timed out')) {
            timedOut.add(entry.contender.id)
          }
          console.log(`${label}: FAILED ${message}`)
        }
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}

const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ')
const command = `pnpm bench ${process.argv.slice(2).join(' ')}`.trim()
const report = [
  '# Table benchmark results',
  '',
  `\`${command}\` on ${new Date().toISOString()}: commit ${commit}${uiDirty ? ' with uncommitted changes under packages/' : ''}, ` +
    `headless Chromium ${browserVersion}, Node ${process.version}, ${cpus().length} CPUs, ` +
    `load average (1/5/15 min) ${load(loadAtStart)} at start and ${load(loadavg())} at the end. ` +
    `Scrolling ${pxPerFrame} px a frame for at most ${maxScrollMs / 1000} s; timeout ${timeoutMs / 1000} s. Medians over the rounds.`,
  '',
  markdownTables(results),
  '`*` did not reach the bottom within the scrolling cap.',
  '',
  '## Bundle size (minified, gzip -9)',
  '',
  ...bundles.map(([label, size]) =>
    size instanceof Error
      ? `- ${label}: failed to bundle: ${size.message.split('\n')[0]}`
      : `- ${label}: **${fixed(size.gzipBytes / 1024)} kB** gzip (${fixed(size.minifiedBytes / 1024)} kB minified; ` +
        `${size.byPackage
          .slice(0, 6)
          .map(([name, bytes]) => `${name} ${fixed(bytes / 1024)}`)
          .join(', ')} kB minified)`,
  ),
  '',
  '## Targets',
  '',
  ...targetLines(results, { uiAlone: sizeOf(0), withDeps: sizeOf(1) }),
].join('\n')
console.log(`\n${report}`)
await writeFile(resolve(here('.'), flags.out), `${report}\n`)
