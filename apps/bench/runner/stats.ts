/** Linear-interpolated percentile (0–100) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN
  }
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const a = sorted[low] as number
  const b = sorted[high] as number
  return a + (b - a) * (rank - low)
}

export const median = (values: readonly number[]) => percentile(values, 50)

/** Frame budget at 60 Hz. */
export const FRAME_BUDGET_MS = 16.7

export interface FrameStats {
  p50: number
  p95: number
  overBudget: number
  count: number
}

export function frameStats(deltas: readonly number[]): FrameStats {
  return {
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    overBudget: deltas.filter((delta) => delta > FRAME_BUDGET_MS).length,
    count: deltas.length,
  }
}
