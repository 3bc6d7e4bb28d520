// Node-only: one page load of one contender, measured through Playwright and CDP.
import type { Browser } from 'playwright-core'
import type { Contender } from '../src/contenders.ts'

export interface RunResult {
  /** Navigation start → first data row in the DOM, minus the page's data generation. */
  firstRowMs: number
  frameDeltas: number[]
  reachedBottom: boolean
  heapBytes: number
  domNodes: number
}

export interface RunOptions {
  origin: string
  rows: number
  scrollFrames: number
  maxScrollMs: number
  timeoutMs: number
}

/**
 * Scrolls `selector` from top to bottom in `frames` equal steps, one per frame, then holds the
 * bottom for up to 30 more frames while a virtualizer may still grow the scroll height. Gives up
 * after `maxMs` so a table that renders a frame every few seconds cannot stall the run.
 */
function scrollInPage({
  selector,
  frames,
  maxMs,
}: {
  selector: string
  frames: number
  maxMs: number
}) {
  const element = document.querySelector(selector)
  if (!element) {
    throw new Error(`No scroll element ${selector}`)
  }
  element.scrollTop = 0
  const deltas: number[] = []
  const atBottom = () => element.scrollTop >= element.scrollHeight - element.clientHeight - 2
  return new Promise<{ deltas: number[]; reachedBottom: boolean }>((resolve) => {
    let step = 0
    let last: number | undefined
    const start = performance.now()
    const onFrame = (time: number) => {
      if (last !== undefined) {
        deltas.push(time - last)
      }
      last = time
      step++
      const late = time - start > maxMs
      if (late || (step > frames && (atBottom() || step > frames + 30))) {
        resolve({ deltas, reachedBottom: atBottom() })
        return
      }
      const max = element.scrollHeight - element.clientHeight
      element.scrollTop = Math.ceil((max * Math.min(step, frames)) / frames)
      requestAnimationFrame(onFrame)
    }
    requestAnimationFrame(onFrame)
  })
}

export async function measureRun(
  browser: Browser,
  contender: Contender,
  options: RunOptions,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const url = `${options.origin}/pages/${contender.id}.html?rows=${options.rows}`
    await page.goto(url, { timeout: options.timeoutMs })
    await page
      .waitForFunction(() => document.documentElement.dataset.benchFirstRow, null, {
        timeout: options.timeoutMs,
      })
      .catch((error: unknown) => {
        throw errors.length > 0 ? new Error(errors.join('\n')) : error
      })
    const marks = await page.evaluate(() => ({
      firstRow: Number(document.documentElement.dataset.benchFirstRow),
      dataMs: Number(document.documentElement.dataset.benchDataMs),
    }))
    // Let mount effects settle (two frames), then collect garbage so the heap is what stays live.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const heapBytes =
      metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    const scroll = await page.evaluate(scrollInPage, {
      selector: contender.scrollSelector,
      frames: options.scrollFrames,
      maxMs: options.maxScrollMs,
    })
    if (errors.length > 0) {
      throw new Error(errors.join('\n'))
    }
    return {
      firstRowMs: marks.firstRow - marks.dataMs,
      frameDeltas: scroll.deltas,
      reachedBottom: scroll.reachedBottom,
      heapBytes,
      domNodes,
    }
  } finally {
    await context.close()
  }
}
