/**
 * Which rows a fixed-height grid renders for a scroll position, and where.
 *
 * Browsers cap an element's height (Chromium at about 33.5 million px, Firefox near 17.9
 * million), so a million 40 px rows cannot be laid out at their true offsets. Above
 * `MAX_SCROLL_HEIGHT` the scroll range is compressed: the body is that tall, the scroll position
 * maps linearly onto the true offset, and the rendered rows sit at their true offset relative to
 * that mapped position. Below it, every row sits at `index × rowHeight`, as a plain list would.
 */
export const MAX_SCROLL_HEIGHT = 8_000_000

export interface RowWindowInput {
  count: number
  rowHeight: number
  /** The scroll area's `scrollTop`, px. */
  scrollTop: number
  /** Height of the part of the scroll area rows show through, px. */
  viewportHeight: number
  /** Rows rendered beyond the viewport on each side. */
  overscan: number
  /** Tallest body the browser is asked to lay out (tests use small values). */
  maxHeight?: number
}

export interface RowWindow {
  /** First and last rendered row (inclusive); `last < first` when there are none. */
  first: number
  last: number
  /** The body's height in px. */
  bodyHeight: number
  /** True offset of the row at the top of the viewport minus `scrollTop`: 0 unless compressed. */
  shift: number
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max))

/** The true (uncompressed) offset, px, shown at the top of the viewport. */
function trueOffset(input: Omit<RowWindowInput, 'overscan'>, bodyHeight: number): number {
  const trueHeight = input.count * input.rowHeight
  const range = bodyHeight - input.viewportHeight
  if (trueHeight === bodyHeight || range <= 0) {
    return input.scrollTop
  }
  return (clamp(input.scrollTop, 0, range) * (trueHeight - input.viewportHeight)) / range
}

export function rowWindow(input: RowWindowInput): RowWindow {
  const { count, rowHeight, viewportHeight, overscan } = input
  const bodyHeight = Math.min(count * rowHeight, input.maxHeight ?? MAX_SCROLL_HEIGHT)
  if (count === 0 || rowHeight <= 0) {
    return { first: 0, last: -1, bodyHeight: 0, shift: 0 }
  }
  const offset = trueOffset(input, bodyHeight)
  const top = Math.floor(offset / rowHeight)
  const bottom = Math.ceil((offset + Math.max(viewportHeight, 0)) / rowHeight) - 1
  return {
    first: clamp(top - overscan, 0, count - 1),
    last: clamp(bottom + overscan, 0, count - 1),
    bodyHeight,
    shift: offset - input.scrollTop,
  }
}

/** Where row `index` is drawn inside the body, px. */
export function rowTop(index: number, rowHeight: number, window: RowWindow): number {
  return index * rowHeight - window.shift
}

/**
 * The `scrollTop` that brings row `index` fully into view with the least movement (`auto`), or
 * at the top (`start`); `undefined` when it is already in view.
 */
export function scrollTopForRow(
  index: number,
  input: Omit<RowWindowInput, 'overscan'>,
  align: 'auto' | 'start' = 'auto',
): number | undefined {
  const { count, rowHeight, viewportHeight, scrollTop } = input
  const bodyHeight = Math.min(count * rowHeight, input.maxHeight ?? MAX_SCROLL_HEIGHT)
  const offset = trueOffset(input, bodyHeight)
  const rowStart = index * rowHeight
  let target: number
  if (align === 'start' || rowStart < offset) {
    target = rowStart
  } else if (rowStart + rowHeight > offset + viewportHeight) {
    target = rowStart + rowHeight - viewportHeight
  } else {
    return undefined
  }
  const trueRange = count * rowHeight - viewportHeight
  const range = bodyHeight - viewportHeight
  if (range <= 0 || trueRange <= 0) {
    return 0
  }
  const next = bodyHeight === count * rowHeight ? target : (target * range) / trueRange
  const clamped = clamp(next, 0, range)
  return clamped === scrollTop ? undefined : clamped
}
