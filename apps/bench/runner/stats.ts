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

/**
 * rAF timestamps sit on the 60 Hz vsync grid, coarsened to 0.1 ms, so a frame on time measures
 * 16.5–16.9 ms and a late one at least 33.3 ms. Anything over one and a half budgets missed a vsync.
 */
export const LATE_FRAME_MS = FRAME_BUDGET_MS * 1.5

/** Issue #13's slow frame: over 17.5 ms, i.e. past the 60 Hz budget plus timestamp jitter. */
export const SLOW_FRAME_MS = 17.5

export interface FrameStats {
  p50: number
  p95: number
  /** Frames that missed at least one vsync (longer than `LATE_FRAME_MS`). */
  late: number
  /** Frames longer than `SLOW_FRAME_MS`. */
  slow: number
  count: number
}

export function frameStats(deltas: readonly number[]): FrameStats {
  return {
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    late: deltas.filter((delta) => delta > LATE_FRAME_MS).length,
    slow: deltas.filter((delta) => delta > SLOW_FRAME_MS).length,
    count: deltas.length,
  }
}

/** rAF timestamp jitter allowed when judging a frame time against the budget. */
export const FRAME_JITTER_MS = 1

/** Whether a frame time (say a p95) stayed within the budget, give or take timestamp jitter. */
export const withinFrameBudget = (ms: number) => ms <= FRAME_BUDGET_MS + FRAME_JITTER_MS
