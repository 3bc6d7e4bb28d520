// Node-only: where one contender's time goes while it mounts and while it scrolls.
// `pnpm --filter @aura-kit/bench run profile --contender ours --rows 100000`; see README.md.
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type CDPSession, chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumLaunchOptions } from '../../scripts/chromium.ts'
import { type CpuProfile, topSelfTime } from './runner/cpuProfile.ts'
import { VIEWPORT } from './runner/measureRun.ts'
import { fixed } from './runner/report.ts'
import { type ScrollResult, scrollInPage } from './runner/scrollInPage.ts'
import { serveStatic } from './runner/serveStatic.ts'
import { CONTENDERS } from './src/contenders.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const { values: flags } = parseArgs({
  options: {
    contender: { type: 'string', default: 'ours' },
    rows: { type: 'string', default: '100000' },
    'scroll-px': { type: 'string', default: '100' },
    'scroll-ms': { type: 'string', default: '5000' },
    top: { type: 'string', default: '15' },
    'skip-build': { type: 'boolean', default: false },
  },
})
const contender = CONTENDERS.find((c) => c.id === flags.contender)
if (!contender) {
  throw new Error(`Unknown contender ${flags.contender}`)
}
const top = Number(flags.top)
// Unminified, one file per module, so the profile names functions and packages. In .reports/,
// which git and Biome ignore.
const dist = here('./.reports/profile-dist')
if (!flags['skip-build']) {
  await build({
    configFile: here('./vite.config.ts'),
    root: here('.'),
    logLevel: 'warn',
    build: {
      outDir: dist,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { preserveModules: true } },
    },
  })
}

const DURATIONS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']

async function durations(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return new Map(metrics.map((metric) => [metric.name, metric.value]))
}

function printPhase(
  name: string,
  profile: CpuProfile,
  before: Map<string, number>,
  after: Map<string, number>,
) {
  const ms = (metric: string) => ((after.get(metric) ?? 0) - (before.get(metric) ?? 0)) * 1000
  console.log(`\n## ${name}\n`)
  console.log(DURATIONS.map((metric) => `${metric} ${fixed(ms(metric), 0)} ms`).join(', '))
  console.log('\n| self ms | share | function | where |\n| --: | --: | --- | --- |')
  for (const row of topSelfTime(profile, top)) {
    console.log(
      `| ${fixed(row.selfMs, 0)} | ${fixed(row.share * 100, 1)} % | ${row.functionName} | ${row.location} |`,
    )
  }
}

await mkdir(here('./.reports'), { recursive: true })
const server = await serveStatic(dist)
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const beforeMount = await durations(cdp)
  await cdp.send('Profiler.start')
  await page.goto(`${server.origin}/pages/${contender.id}.html?rows=${flags.rows}`, {
    waitUntil: 'commit',
  })
  await page.waitForFunction(() => document.documentElement.dataset.benchFirstRow, null, {
    timeout: 300_000,
    polling: 100,
  })
  const mount = (await cdp.send('Profiler.stop')).profile as CpuProfile
  const afterMount = await durations(cdp)
  const marks = await page.evaluate(() => ({ ...document.documentElement.dataset }))
  console.log(
    `# ${contender.label}, ${flags.rows} rows: first rows at ${fixed(Number(marks.benchFirstRow))} ms, ` +
      `render() at ${fixed(Number(marks.benchRenderStart))} ms, data generation ${fixed(Number(marks.benchDataMs))} ms`,
  )
  printPhase('Mount: navigation to first rows painted', mount, beforeMount, afterMount)

  await cdp.send('Profiler.start')
  const scroll: ScrollResult = await page.evaluate(scrollInPage, {
    mode: 'gentle' as const,
    steps: 0,
    scrollSelector: contender.scrollSelector,
    rowSelector: contender.rowSelector,
    pxPerFrame: Number(flags['scroll-px']),
    maxMs: Number(flags['scroll-ms']),
    checkBlank: false,
  })
  const scrolling = (await cdp.send('Profiler.stop')).profile as CpuProfile
  const afterScroll = await durations(cdp)
  printPhase(
    `Scrolling ${flags['scroll-px']} px a frame: ${scroll.deltas.length} frames`,
    scrolling,
    afterMount,
    afterScroll,
  )
  const base = here(`./.reports/${contender.id}-${flags.rows}`)
  await writeFile(`${base}-mount.cpuprofile`, JSON.stringify(mount))
  await writeFile(`${base}-scroll.cpuprofile`, JSON.stringify(scrolling))
  console.log(`\nCPU profiles (open in Chrome DevTools): ${base}-{mount,scroll}.cpuprofile`)
} finally {
  await browser.close()
  await server.close()
}
