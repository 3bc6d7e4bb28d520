// Node-only: one page load of one contender, measured through Playwright and CDP.
import type { Browser, Page } from 'playwright-core'
import type { Contender } from '../src/contenders.ts'
import { scrollInPage } from './scrollInPage.ts'

export interface RunResult {
  /** Navigation start → first rows painted, minus the page's data generation. */
  firstRowMs: number
  /** `render()` call → first rows painted. */
  mountMs: number
  frameDeltas: number[]
  blankFrames: number
  /** Main-thread busy time (CDP `TaskDuration`) while scrolling, per frame. */
  mainThreadMsPerFrame: number
  /** Of which running JavaScript (CDP `ScriptDuration`). */
  scriptMsPerFrame: number
  scrolledFraction: number
  reachedBottom: boolean
  heapBytes: number
  domElements: number
}

export interface RunOptions {
  origin: string
  rows: number
  pxPerFrame: number
  maxScrollMs: number
  timeoutMs: number
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

export async function measureRun(
  browser: Browser,
  contender: Contender,
  options: RunOptions,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
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
    await waitForStableDom(page)
    // Collect garbage so the heap is what the page keeps alive, not what mounting left behind.
    await cdp.send('HeapProfiler.collectGarbage')
    const metric = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      return (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    }
    const beforeScroll = await metric()
    const heapBytes = beforeScroll('JSHeapUsedSize')
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length)
    const scroll = await withDeadline(
      page.evaluate(scrollInPage, {
        scrollSelector: contender.scrollSelector,
        rowSelector: contender.rowSelector,
        pxPerFrame: options.pxPerFrame,
        maxMs: options.maxScrollMs,
        checkBlank: !contender.baseline,
      }),
      options.maxScrollMs + options.timeoutMs,
      'scrolling',
    )
    const afterScroll = await metric()
    // CDP durations are cumulative seconds.
    const perFrame = (name: string) =>
      ((afterScroll(name) - beforeScroll(name)) * 1000) / Math.max(1, scroll.deltas.length)
    const failure = failed()
    if (failure) {
      throw failure
    }
    return {
      firstRowMs: marks.firstRow - marks.dataMs,
      mountMs: marks.firstRow - marks.renderStart,
      frameDeltas: scroll.deltas,
      blankFrames: scroll.blankFrames,
      mainThreadMsPerFrame: perFrame('TaskDuration'),
      scriptMsPerFrame: perFrame('ScriptDuration'),
      scrolledFraction: scroll.scrolledFraction,
      reachedBottom: scroll.reachedBottom,
      heapBytes,
      domElements,
    }
  } finally {
    // A renderer stuck in a long task can ignore a polite close; don't let it hold the run.
    await withDeadline(context.close(), 30_000, 'closing the page').catch(() => undefined)
  }
}
