/**
 * Sorting loaded rows as an order of indexes (no row objects), in slices a frame can afford.
 *
 * Keys are read once per row and sort column, then a stable bottom-up merge sort orders a
 * `Uint32Array` of row indexes. `sortOrderSteps` is a generator that yields every few thousand
 * steps: run it to the end for a small list, or between frames (`sortOrderInSlices`) for a
 * million rows, so no single task blocks input for long.
 */

/** What a value sorts as: numbers (and dates, booleans) by value, text by the locale. */
export type SortKey = number | string | undefined

export interface SortColumn<TRow> {
  /** The column's value for a row (its accessor). */
  value: (row: TRow, index: number) => unknown
  desc: boolean
  /** Empty values (`undefined`, `null`, `''`, `NaN`) first instead of last, whatever the direction. */
  emptyFirst?: boolean
}

export function toSortKey(value: unknown): SortKey {
  if (typeof value === 'number') {
    return Number.isNaN(value) ? undefined : value
  }
  if (typeof value === 'string') {
    return value === '' ? undefined : value
  }
  if (typeof value === 'boolean') {
    return value ? 1 : 0
  }
  if (value instanceof Date) {
    const time = value.getTime()
    return Number.isNaN(time) ? undefined : time
  }
  if (typeof value === 'bigint') {
    return Number(value)
  }
  return undefined
}

/** Steps between checks of the time budget. */
const STEPS_PER_CHECK = 2048

/**
 * The display order of `rows` under `columns` (first column first, ties by the next, then by
 * position). Yields now and then; the return value is the order.
 */
export function* sortOrderSteps<TRow>(
  rows: readonly TRow[],
  columns: readonly SortColumn<TRow>[],
  collator: Intl.Collator,
): Generator<void, Uint32Array, void> {
  const count = rows.length
  const keys: SortKey[][] = []
  for (const column of columns) {
    const columnKeys = new Array<SortKey>(count)
    for (let index = 0; index < count; index++) {
      let key: SortKey
      try {
        key = toSortKey(column.value(rows[index] as TRow, index))
      } catch {
        // One odd record sorts as empty rather than stopping the sort.
        key = undefined
      }
      columnKeys[index] = key
      if (index % STEPS_PER_CHECK === 0) {
        yield
      }
    }
    keys.push(columnKeys)
  }
  const compare = (a: number, b: number): number => {
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as SortColumn<TRow>
      const columnKeys = keys[c] as SortKey[]
      const x = columnKeys[a]
      const y = columnKeys[b]
      if (x === y) {
        continue
      }
      if (x === undefined || y === undefined) {
        // Empty values stay at one end in either direction.
        return (x === undefined ? 1 : -1) * (column.emptyFirst ? -1 : 1)
      }
      let result: number
      if (typeof x === 'number' && typeof y === 'number') {
        result = x - y
      } else if (typeof x === 'string' && typeof y === 'string') {
        result = collator.compare(x, y)
      } else {
        // Numbers before text when a column mixes them.
        result = typeof x === 'number' ? -1 : 1
      }
      if (result !== 0) {
        return column.desc ? -result : result
      }
    }
    return a - b
  }

  let order = new Uint32Array(count)
  for (let index = 0; index < count; index++) {
    order[index] = index
  }
  let buffer = new Uint32Array(count)
  let steps = 0
  for (let width = 1; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count)
      const end = Math.min(start + 2 * width, count)
      let left = start
      let right = middle
      let out = start
      while (left < middle && right < end) {
        const a = order[left] as number
        const b = order[right] as number
        if (compare(a, b) <= 0) {
          buffer[out++] = a
          left++
        } else {
          buffer[out++] = b
          right++
        }
        if (++steps % STEPS_PER_CHECK === 0) {
          yield
        }
      }
      while (left < middle) {
        buffer[out++] = order[left++] as number
      }
      while (right < end) {
        buffer[out++] = order[right++] as number
      }
    }
    ;[order, buffer] = [buffer, order]
  }
  return order
}

/** The order, computed at once (small lists). */
export function sortOrder<TRow>(
  rows: readonly TRow[],
  columns: readonly SortColumn<TRow>[],
  collator: Intl.Collator,
): Uint32Array {
  const steps = sortOrderSteps(rows, columns, collator)
  let step = steps.next()
  while (!step.done) {
    step = steps.next()
  }
  return step.value
}

export interface SliceOptions {
  signal: AbortSignal
  /** Work per slice, ms, before giving the thread back. */
  sliceMs?: number
  /** Waits for the next slice; a macrotask by default, so input and frames run in between. */
  nextSlice?: () => Promise<void>
}

const macrotask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })

/** The order, computed in slices of about `sliceMs`; rejects with the signal's reason if aborted. */
export async function sortOrderInSlices<TRow>(
  rows: readonly TRow[],
  columns: readonly SortColumn<TRow>[],
  collator: Intl.Collator,
  { signal, sliceMs = 12, nextSlice = macrotask }: SliceOptions,
): Promise<Uint32Array> {
  const steps = sortOrderSteps(rows, columns, collator)
  for (;;) {
    signal.throwIfAborted()
    const deadline = performance.now() + sliceMs
    let step = steps.next()
    while (!step.done && performance.now() < deadline) {
      step = steps.next()
    }
    if (step.done) {
      return step.value
    }
    await nextSlice()
  }
}
