// Node-only benchmark runner: `pnpm bench` from the repo root. See README.md for flags and method.
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../scripts/chromium.ts'
import { pageGzip } from './runner/bundleSizes.ts'
import { measureRun, RunFailure, VIEWPORT } from './runner/measureRun.ts'
import {
  type ContenderResult,
  fixed,
  markdownTables,
  medianOf,
  modeMedian,
  targetLines,
  toSample,
} from './runner/report.ts'
import type { ScrollMode } from './runner/scrollInPage.ts'
import { serveStatic } from './runner/serveStatic.ts'
import { type BudgetRow, budgetTable, measureBudgets } from './runner/sizeBudgets.ts'
import { CONTENDERS } from './src/contenders.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string' },
    rounds: { type: 'string' },
    contenders: { type: 'string' },
    modes: { type: 'string' },
    'scroll-px': { type: 'string', default: '100' },
    'wheel-px': { type: 'string', default: '120' },
    steps: { type: 'string', default: '200' },
    'max-scroll-ms': { type: 'string' },
    'timeout-ms': { type: 'string' },
    sort: { type: 'boolean' },
    'sort-timeout-ms': { type: 'string', default: '120000' },
    million: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'skip-size': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
})
interface Preset {
  rows?: string
  rounds?: string
  contenders?: string
  modes?: string
  sort?: boolean
  timeoutMs?: string
  maxScrollMs?: string
  out?: string
}
// Presets: flags given explicitly win over them.
const preset: Preset = flags.million
  ? {
      rows: '1000000',
      rounds: '1',
      contenders: 'ours,baseline',
      modes: 'fling',
      sort: true,
      timeoutMs: '300000',
      out: '.reports/MILLION.md',
    }
  : flags.smoke
    ? {
        rows: '10000',
        rounds: '1',
        modes: 'fling,wheel',
        timeoutMs: '60000',
        // The naive table needs 0.2–0.8 s a frame at 10,000 rows: cap its 200 frames.
        maxScrollMs: '8000',
        out: '.reports/SMOKE.md',
      }
    : {}
const rowCounts = (flags.rows ?? preset.rows ?? '1000,10000,100000').split(',').map(Number)
const rounds = (flags.rounds ?? preset.rounds ?? '5,5,3').split(',').map(Number)
const contenderIds = (
  flags.contenders ??
  preset.contenders ??
  CONTENDERS.map((c) => c.id).join(',')
).split(',')
const contenders = CONTENDERS.filter((c) => contenderIds.includes(c.id))
const MODES: readonly ScrollMode[] = ['fling', 'wheel', 'gentle']
const modes = (flags.modes ?? preset.modes ?? 'fling,wheel,gentle').split(',') as ScrollMode[]
const sort = flags.sort ?? preset.sort ?? false
const out = flags.out ?? preset.out ?? 'RESULTS.md'
const pxPerFrame = Number(flags['scroll-px'])
const wheelPx = Number(flags['wheel-px'])
const steps = Number(flags.steps)
const maxScrollMs = Number(flags['max-scroll-ms'] ?? preset.maxScrollMs ?? '20000')
const timeoutMs = Number(flags['timeout-ms'] ?? preset.timeoutMs ?? '120000')
const sortTimeoutMs = Number(flags['sort-timeout-ms'])
const numbers = [
  ...rowCounts,
  ...rounds,
  pxPerFrame,
  wheelPx,
  steps,
  maxScrollMs,
  timeoutMs,
  sortTimeoutMs,
]
if (
  numbers.some((n) => !Number.isFinite(n) || n <= 0) ||
  contenders.length === 0 ||
  modes.some((mode) => !MODES.includes(mode))
) {
  throw new Error('Invalid flags: see apps/bench/README.md')
}
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const commit = git('rev-parse', '--short', 'HEAD')
const uiDirty = git('status', '--porcelain', '--', '../../packages').length > 0
const loadAtStart = loadavg()
const startedAt = Date.now()

if (!flags['skip-build']) {
  console.log('Building the pages…')
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
    cwd: here('.'),
    stdio: 'inherit',
  })
}

// A bundle that fails (say packages/ui mid-edit) is a row saying so, not fatal: the timings still run.
const budgets: BudgetRow[] | undefined = flags['skip-size'] ? undefined : await measureBudgets()

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
            modes,
            pxPerFrame,
            wheelPx,
            steps,
            maxScrollMs,
            timeoutMs,
            sort,
            sortTimeoutMs,
          })
          const sample = toSample(run)
          entry.samples.push(sample)
          const one = [sample]
          const modeLines = modes.map((mode) => {
            const m = (pick: Parameters<typeof modeMedian>[2]) => modeMedian(one, mode, pick)
            return (
              `${mode} p50 ${fixed(m((x) => x.p50))} p95 ${fixed(m((x) => x.p95))} ms, ${m((x) => x.slowFrames)} slow / ${m((x) => x.frames)}, ` +
              `${m((x) => x.blankFrames)} blank, LoAF script ${fixed(
                m((x) => x.loafScriptMs),
                0,
              )} style+layout ${fixed(
                m((x) => x.loafStyleLayoutMs),
                0,
              )} ms`
            )
          })
          const sorted = sample.sort
            ? sample.sort.ok
              ? `; sorted in ${fixed(sample.sort.sortMs)} ms (longest task ${fixed(sample.sort.longestTaskMs, 0)} ms)`
              : `; sort: ${sample.sort.reason}`
            : ''
          console.log(
            `${label}: first rows ${fixed(sample.firstRowMs)} ms (longest task ${fixed(
              medianOf(one, (x) => x.mountLongestTaskMs),
              0,
            )} ms), ` +
              `heap ${fixed(sample.heapMb)} MB, ${sample.domElements} elements; ${modeLines.join('; ')}${sorted}`,
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
const minutes = ((Date.now() - startedAt) / 60_000).toFixed(1)
const report = [
  '# Table benchmark results',
  '',
  `\`${command}\` on ${new Date().toISOString()}: commit ${commit}${uiDirty ? ' with uncommitted changes under packages/' : ''}, ` +
    `headless Chromium ${browserVersion}, ${VIEWPORT.width}×${VIEWPORT.height} viewport, Node ${process.version}, ${cpus().length} CPUs, ` +
    `load average (1/5/15 min) ${load(loadAtStart)} at start and ${load(loadavg())} at the end, ${minutes} min. ` +
    `Modes ${modes.join(', ')}: fling and wheel ${steps} frames (wheel ${wheelPx} px), gentle ${pxPerFrame} px a frame for at most ${maxScrollMs / 1000} s; ` +
    `timeout ${timeoutMs / 1000} s. Medians over the rounds.`,
  '',
  markdownTables(results),
  '`*` gentle did not reach the bottom within the scrolling cap. Fewer fling or wheel frames than steps: cut short by the cap.',
  '',
  ...(budgets
    ? [
        '## Size budgets (initial load, gzip -9 over react, react-dom and react-query)',
        '',
        budgetTable(budgets),
        '',
      ]
    : []),
  '## Targets (issue #13)',
  '',
  ...targetLines(results, budgets),
].join('\n')
console.log(`\n${report}`)
const outFile = resolve(here('.'), out)
await mkdir(dirname(outFile), { recursive: true })
await writeFile(outFile, `${report}\n`)
console.log(`\nWritten to ${outFile} in ${minutes} min.`)
// The smoke fails only when the bench could not measure a contender at all, never on timings.
const unmeasured = results.filter((result) => result.samples.length === 0)
if (flags.smoke && unmeasured.length > 0) {
  console.log(
    `No sample for: ${unmeasured.map((r) => `${r.contender.id} at ${r.rows} rows`).join(', ')}`,
  )
  process.exitCode = 1
}
