// Runs inside the page through `page.evaluate`, so it must not use anything from its module scope.

/**
 * - `gentle`: `pxPerFrame` a frame from the top until the bottom or `maxMs` (most rows stay mounted).
 * - `fling`: `scrollTop = max × i / steps` for i = 1…steps: every frame shows a new window of rows,
 *   as when dragging the scrollbar or paging with the keyboard.
 * - `wheel`: `pxPerFrame` (120, a wheel notch) a frame for `steps` frames from the top.
 */
export type ScrollMode = 'gentle' | 'fling' | 'wheel'

export interface ScrollOptions {
  mode: ScrollMode
  scrollSelector: string
  rowSelector: string
  /** Pixels a step for `gentle` and `wheel`. */
  pxPerFrame: number
  /** Steps (frames) for `fling` and `wheel`. */
  steps: number
  /** Cap on the whole scroll (`gentle` runs until the bottom or this). */
  maxMs: number
  /** Look for blank frames (not on the baseline page, which has no rows to find). */
  checkBlank: boolean
}

export interface ScrollResult {
  /** Time between consecutive animation frames while scrolling, one per step. */
  deltas: number[]
  /** Painted frames where a sample point of the viewport showed no row. */
  blankFrames: number
  /** How far down the scroll height the run got, 0–1. */
  scrolledFraction: number
  reachedBottom: boolean
  /** `performance.now()` at the first and after the last frame, to pick this scroll's entries. */
  startTime: number
  endTime: number
}

/**
 * Scrolls the grid's own scroll container from the top, one step a frame.
 *
 * Each step is assigned in a task queued from the rAF callback, i.e. right after that frame has
 * been painted, as an input event would arrive: the grid's scroll handler then runs at the start of
 * the next frame and that frame paints whatever it rendered. Before assigning, the same task
 * hit-tests three points of the viewport (30 % across; 40, 60 and 90 % down) for a row: that is what
 * the user saw in the frame just painted, i.e. that step's result. A frame without a row there is
 * blank. One delta and one hit test per step.
 */
export function scrollInPage(options: ScrollOptions): Promise<ScrollResult> {
  const element = document.querySelector(options.scrollSelector)
  if (!element) {
    throw new Error(`No scroll element ${options.scrollSelector}`)
  }
  element.scrollTop = 0
  const maxScroll = () => element.scrollHeight - element.clientHeight
  const isBlank = () => {
    const box = element.getBoundingClientRect()
    const x = box.left + box.width * 0.3
    return [0.4, 0.6, 0.9].some(
      (at) =>
        !document.elementFromPoint(x, box.top + box.height * at)?.closest(options.rowSelector),
    )
  }
  const deltas: number[] = []
  let blankFrames = 0
  let step = 0
  let framesAtBottom = 0
  let wheelTarget = 0
  /** The scrollTop of step `step` (1-based), or undefined when the scroll is over. */
  const nextTarget = (max: number): number | undefined => {
    if (options.mode === 'fling') {
      return step <= options.steps ? (max * step) / options.steps : undefined
    }
    if (options.mode === 'wheel') {
      wheelTarget = Math.min(wheelTarget + options.pxPerFrame, max)
      return step <= options.steps ? wheelTarget : undefined
    }
    // gentle: until the bottom has held for two frames (a virtualizer may grow the height).
    framesAtBottom = step > 1 && element.scrollTop >= max - 1 ? framesAtBottom + 1 : 0
    wheelTarget = Math.min(wheelTarget + options.pxPerFrame, max)
    return framesAtBottom >= 2 ? undefined : wheelTarget
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const startTime = performance.now()
    let first: number | undefined
    let last: number | undefined
    let done = false
    const finish = () => {
      channel.port1.close()
      const max = maxScroll()
      resolve({
        deltas,
        blankFrames,
        scrolledFraction: max > 0 ? Math.min(1, element.scrollTop / max) : 1,
        reachedBottom: element.scrollTop >= max - 1,
        startTime,
        endTime: performance.now(),
      })
    }
    // After the paint of a frame: judge it, then take the next step.
    channel.port1.onmessage = () => {
      if (step > 0 && options.checkBlank && isBlank()) {
        blankFrames++
      }
      step++
      const overTime = first !== undefined && last !== undefined && last - first > options.maxMs
      const target = overTime ? undefined : nextTarget(maxScroll())
      if (target === undefined) {
        // One more frame: the last step's work ends in it.
        done = true
      } else {
        element.scrollTop = target
      }
      requestAnimationFrame(onFrame)
    }
    // Step k is assigned after frame k − 1 has been painted; its scroll handler, render, style,
    // layout and paint all run between the starts of frames k and k + 1, so that delta is step k's.
    const onFrame = (time: number) => {
      if (first === undefined) {
        first = time
      } else if (step >= 2) {
        deltas.push(time - (last ?? time))
      }
      last = time
      if (done) {
        finish()
      } else {
        channel.port2.postMessage(null)
      }
    }
    requestAnimationFrame(onFrame)
  })
}
