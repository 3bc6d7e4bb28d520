// Runs inside the page through `page.evaluate`, so it must not use anything from its module scope.

export interface ScrollOptions {
  scrollSelector: string
  rowSelector: string
  pxPerFrame: number
  maxMs: number
  /** Look for blank frames (not on the baseline page, which has no rows to find). */
  checkBlank: boolean
}

export interface ScrollResult {
  /** Time between consecutive animation frames while scrolling. */
  deltas: number[]
  /** Painted frames where a sample point of the viewport showed no row. */
  blankFrames: number
  /** How far down the scroll height the run got, 0–1. */
  scrolledFraction: number
  reachedBottom: boolean
}

/**
 * Scrolls the grid's own scroll container from the top by `pxPerFrame` each animation frame until
 * it has stayed at the bottom for two frames or `maxMs` have passed (a virtualizer may grow the
 * scroll height as it measures rows, so the bottom is re-read every frame).
 *
 * After each step, a task queued from the rAF callback runs once that frame has been painted; it
 * checks three points of the viewport for a row, which is what the user saw in that frame.
 */
export function scrollInPage(options: ScrollOptions): Promise<ScrollResult> {
  const element = document.querySelector(options.scrollSelector)
  if (!element) {
    throw new Error(`No scroll element ${options.scrollSelector}`)
  }
  element.scrollTop = 0
  const deltas: number[] = []
  let blankFrames = 0
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    const box = element.getBoundingClientRect()
    const x = box.left + box.width * 0.3
    const blank = [0.4, 0.6, 0.9].some(
      (at) =>
        !document.elementFromPoint(x, box.top + box.height * at)?.closest(options.rowSelector),
    )
    if (blank) {
      blankFrames++
    }
  }
  return new Promise((resolve) => {
    let start: number | undefined
    let last: number | undefined
    let target = 0
    let framesAtBottom = 0
    const onFrame = (time: number) => {
      if (last === undefined) {
        start = time
      } else {
        deltas.push(time - last)
      }
      last = time
      const max = element.scrollHeight - element.clientHeight
      framesAtBottom = element.scrollTop >= max - 1 ? framesAtBottom + 1 : 0
      if (framesAtBottom >= 2 || time - (start ?? time) > options.maxMs) {
        channel.port1.close()
        resolve({
          deltas,
          blankFrames,
          scrolledFraction: max > 0 ? Math.min(1, element.scrollTop / max) : 1,
          reachedBottom: framesAtBottom > 0,
        })
        return
      }
      target = Math.min(target + options.pxPerFrame, max)
      element.scrollTop = target
      if (options.checkBlank) {
        channel.port2.postMessage(null)
      }
      requestAnimationFrame(onFrame)
    }
    requestAnimationFrame(onFrame)
  })
}
