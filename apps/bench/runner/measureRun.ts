// Node-only: one page load of one contender, measured through Playwright and CDP.
import type { Browser, Page } from 'playwright-core'
import type { Contender } from '../src/contenders.ts'
import {
  type LoafSummary,
  longestTask,
  type PageTimings,
  recordLongFrames,
  summarizeLoafs,
} from './longFrames.ts'
import { type ScrollMode, scrollInPage } from './scrollInPage.ts'
import { sortInPage } from './sortInPage.ts'

export const VIEWPORT = { width: 1400, height: 800 }

export interface ModeRun {
  frameDeltas: number[]
  blankFrames: number
  /** Main-thread busy time (CDP `TaskDuration`) while scrolling, per frame. */
  mainThreadMsPerFrame: number
  /** Of which running JavaScript (CDP `ScriptDuration`). */
  scriptMsPerFrame: number
  /** Long animation frames (over 50 ms) while scrolling. */
  loaf: LoafSummary
  /** Longest task (over 50 ms) while scrolling, 0 when none. */
  longestTaskMs: number
  scrolledFraction: number
  reachedBottom: boolean
}

export type SortRun =
  | { ok: true; sortMs: number; longestTaskMs: number; by: 'row' | 'aria-sort' }
  | { ok: false; reason: string; longestTaskMs: number }

export interface RunResult {
  /** Navigation start → first rows painted, minus the page's data generation. */
  firstRowMs: number
  /** `render()` call → first rows painted. */
  mountMs: number
  /** Longest task from `render()` to first rows painted (not the data generation), 0 when none. */
  mountLongestTaskMs: number
  heapBytes: number
  domElements: number
  modes: Partial<Record<ScrollMode, ModeRun>>
  /** Present when a sort was asked for and the contender has a sort control. */
  sort?: SortRun
}

export interface RunOptions {
  origin: string
  rows: number
  modes: readonly ScrollMode[]
  /** Pixels a frame for `gentle`. */
  pxPerFrame: number
  /** Pixels a frame for `wheel`. */
  wheelPx: number
  /** Frames (steps) of `fling` and `wheel`. */
  steps: number
  maxScrollMs: number
  timeoutMs: number
  sort: boolean
  sortTimeoutMs: number
}

/** A run that did not finish: the page took longer than the cap, crashed or threw. */
export class RunFailure extends Error {
  override name = 'RunFailure'
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RunFailure(`timed out (>${seconds(ms)}) ${what}`)), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/** Resolves once the element count has not changed for five frames in a row, or after 2 s. */
function waitForStableDom(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const start = performance.now()
        let previous = -1
        let stable = 0
        const onFrame = () => {
          const count = document.getElementsByTagName('*').length
          stable = count === previous ? stable + 1 : 0
          previous = count
          if (stable >= 5 || performance.now() - start > 2000) {
            resolve()
          } else {
            requestAnimationFrame(onFrame)
          }
        }
        requestAnimationFrame(onFrame)
      }),
  )
}

const readTimings = (page: Page) =>
  page.evaluate(() => window.__benchTimings ?? { loafs: [], longTasks: [] }) as Promise<PageTimings>

export async function measureRun(
  browser: Browser,
  contender: Contender,
  options: RunOptions,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    const page = await context.newPage()
    await page.addInitScript(recordLongFrames)
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('crash', () => problems.push('the page crashed (out of memory?)'))
    const failed = () => (problems.length > 0 ? new RunFailure(problems.join('; ')) : undefined)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const url = `${options.origin}/pages/${contender.id}.html?rows=${options.rows}`
    // Not waiting for `load`: a page that blocks its main thread must still hit the deadline below.
    await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs })
    await withDeadline(
      page.waitForFunction(() => document.documentElement.dataset.benchFirstRow, null, {
        timeout: 0,
        polling: 100,
      }),
      options.timeoutMs,
      'waiting for the first rows',
    ).catch((error: unknown) => {
      throw failed() ?? error
    })
    const marks = await page.evaluate(() => {
      const data = document.documentElement.dataset
      return {
        firstRow: Number(data.benchFirstRow),
        renderStart: Number(data.benchRenderStart),
        dataMs: Number(data.benchDataMs),
      }
    })
    const guard = <T>(promise: Promise<T>, ms: number, what: string) =>
      withDeadline(promise, ms, what).catch((error: unknown) => {
        throw failed() ?? error
      })
    await guard(waitForStableDom(page), options.timeoutMs, 'waiting for the DOM to settle')
    // Collect garbage so the heap is what the page keeps alive, not what mounting left behind.
    await guard(cdp.send('HeapProfiler.collectGarbage'), options.timeoutMs, 'collecting garbage')
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    }
    const heapBytes = (await metric())('JSHeapUsedSize')
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length)
    const mountLongestTaskMs = longestTask(
      (await readTimings(page)).longTasks,
      marks.renderStart,
      marks.firstRow,
    )

    const modes: Partial<Record<ScrollMode, ModeRun>> = {}
    for (const mode of options.modes) {
      const before = await metric()
      const scroll = await guard(
        page.evaluate(scrollInPage, {
          mode,
          scrollSelector: contender.scrollSelector,
          rowSelector: contender.rowSelector,
          pxPerFrame: mode === 'wheel' ? options.wheelPx : options.pxPerFrame,
          steps: options.steps,
          maxMs: options.maxScrollMs,
          checkBlank: !contender.baseline,
        }),
        options.maxScrollMs + options.timeoutMs,
        `scrolling (${mode})`,
      )
      const after = await metric()
      const frames = Math.max(1, scroll.deltas.length)
      // CDP durations are cumulative seconds.
      const perFrame = (name: string) => ((after(name) - before(name)) * 1000) / frames
      // LoAF and long-task entries are delivered after their frame; let the last ones arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)))
      const timings = await readTimings(page)
      modes[mode] = {
        frameDeltas: scroll.deltas,
        blankFrames: scroll.blankFrames,
        mainThreadMsPerFrame: perFrame('TaskDuration'),
        scriptMsPerFrame: perFrame('ScriptDuration'),
        loaf: summarizeLoafs(timings.loafs, scroll.startTime, scroll.endTime),
        longestTaskMs: longestTask(timings.longTasks, scroll.startTime, scroll.endTime),
        scrolledFraction: scroll.scrolledFraction,
        reachedBottom: scroll.reachedBottom,
      }
    }

    let sort: SortRun | undefined
    if (options.sort && contender.sortSelector) {
      const startedAt = await page.evaluate(() => performance.now())
      const outcome = await withDeadline(
        page.evaluate(sortInPage, {
          sortSelector: contender.sortSelector,
          scrollSelector: contender.scrollSelector,
          rowSelector: contender.rowSelector,
          timeoutMs: options.sortTimeoutMs,
          ariaGraceMs: 5000,
        }),
        // The page's own cap, plus room for a click that blocks the main thread past it.
        options.sortTimeoutMs + 30_000,
        'sorting',
      ).catch((error: unknown) => ({
        ok: false as const,
        reason: error instanceof Error ? error.message : String(error),
      }))
      // A page still stuck in the sort cannot answer; its long tasks are then unknown (NaN).
      const timings = await withDeadline(readTimings(page), 10_000, 'reading timings').catch(
        () => undefined,
      )
      const longest = (from: number, to: number) =>
        timings ? longestTask(timings.longTasks, from, to) : Number.NaN
      sort = outcome.ok
        ? {
            ok: true,
            sortMs: outcome.sortedTime - outcome.clickTime,
            longestTaskMs: longest(outcome.clickTime, outcome.sortedTime),
            by: outcome.by,
          }
        : { ok: false, reason: outcome.reason, longestTaskMs: longest(startedAt, Infinity) }
    }

    const failure = failed()
    if (failure) {
      throw failure
    }
    return {
      firstRowMs: marks.firstRow - marks.dataMs,
      mountMs: marks.firstRow - marks.renderStart,
      mountLongestTaskMs,
      heapBytes,
      domElements,
      modes,
      ...(sort ? { sort } : {}),
    }
  } finally {
    // A renderer stuck in a long task can ignore a polite close; don't let it hold the run.
    await withDeadline(context.close(), 30_000, 'closing the page').catch(() => undefined)
  }
}
