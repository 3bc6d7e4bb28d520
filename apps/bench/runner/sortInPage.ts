// Runs inside the page through `page.evaluate`, so it must not use anything from its module scope.

export interface SortOptions {
  /** The control that sorts by the first data column. */
  sortSelector: string
  scrollSelector: string
  rowSelector: string
  /** Give up after this long without a sorted row (reported, not thrown). */
  timeoutMs: number
  /** When only `aria-sort` changed, how long to keep waiting for the rows before taking it. */
  ariaGraceMs: number
}

export type SortResult =
  | {
      ok: true
      /** `performance.now()` just before the click. */
      clickTime: number
      /** `performance.now()` once the sorted rows (or the aria-sort change) were painted. */
      sortedTime: number
      /** What ended the wait: a different lead in the row probed, or `aria-sort` alone. */
      by: 'row' | 'aria-sort'
    }
  | { ok: false; reason: string }

/**
 * Scrolls to the top, clicks the sort control and waits, one check a frame, until the row at 40 %
 * of the viewport shows a different lead, then for that frame's paint. If only the header's
 * `aria-sort` changed (the rows were already in that order), that change plus two frames counts
 * once `ariaGraceMs` have passed without a new row.
 */
export function sortInPage(options: SortOptions): Promise<SortResult> {
  const scroller = document.querySelector(options.scrollSelector)
  const control = document.querySelector<HTMLElement>(options.sortSelector)
  if (!scroller || !control) {
    return Promise.resolve({
      ok: false,
      reason: `no ${scroller ? 'sort control' : 'scroll element'} to click`,
    })
  }
  scroller.scrollTop = 0
  const header = control.closest('[aria-sort]')
  const probe = () => {
    const box = scroller.getBoundingClientRect()
    const row = document
      .elementFromPoint(box.left + box.width * 0.3, box.top + box.height * 0.4)
      ?.closest(options.rowSelector)
    return row?.textContent ?? ''
  }
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
  const afterPaint = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      })
    })
  return (async (): Promise<SortResult> => {
    // Let the scroll to the top render before reading the row it shows.
    for (let i = 0; i < 3; i++) {
      await afterPaint()
    }
    const before = probe()
    const ariaBefore = header?.getAttribute('aria-sort') ?? null
    const clickTime = performance.now()
    control.click()
    let ariaChangedAt: number | undefined
    let ariaSettledAt: number | undefined
    let framesSinceAria = 0
    while (performance.now() - clickTime < options.timeoutMs) {
      const now = await nextFrame()
      const shown = probe()
      if (shown !== '' && shown !== before) {
        return { ok: true, clickTime, sortedTime: await afterPaint(), by: 'row' }
      }
      if (
        ariaChangedAt === undefined &&
        (header?.getAttribute('aria-sort') ?? null) !== ariaBefore
      ) {
        ariaChangedAt = now
      }
      if (ariaChangedAt !== undefined) {
        framesSinceAria++
        if (framesSinceAria === 2) {
          ariaSettledAt = now
        }
        if (ariaSettledAt !== undefined && now - ariaChangedAt > options.ariaGraceMs) {
          return { ok: true, clickTime, sortedTime: ariaSettledAt, by: 'aria-sort' }
        }
      }
    }
    return { ok: false, reason: `not sorted after ${Math.round(options.timeoutMs / 1000)} s` }
  })()
}
