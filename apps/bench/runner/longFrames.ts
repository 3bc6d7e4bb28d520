// Long animation frames (LoAF) and long tasks as the page records them, and their pure summaries.

/** The part of a `long-animation-frame` entry the runner keeps. */
export interface LoafEntry {
  startTime: number
  duration: number
  /** 0 when the frame did no style and layout. */
  styleAndLayoutStart: number
  scripts: { duration: number; forcedStyleAndLayoutDuration: number }[]
}

/** A `longtask` entry (a task over 50 ms). */
export interface LongTaskEntry {
  startTime: number
  duration: number
}

export interface PageTimings {
  loafs: LoafEntry[]
  longTasks: LongTaskEntry[]
}

declare global {
  interface Window {
    __benchTimings?: PageTimings
  }
}

/**
 * Runs in the page before its scripts (`page.addInitScript`): records every long animation frame
 * and long task into `window.__benchTimings`. Self-contained, since it is serialised.
 */
export function recordLongFrames(): void {
  const timings: PageTimings = { loafs: [], longTasks: [] }
  window.__benchTimings = timings
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      })
    } catch {
      // An engine without this entry type: the summaries report nothing for it.
    }
  }
  observe('long-animation-frame', (entry) => {
    const loaf = entry as PerformanceEntry & {
      styleAndLayoutStart?: number
      scripts?: { duration: number; forcedStyleAndLayoutDuration?: number }[]
    }
    timings.loafs.push({
      startTime: loaf.startTime,
      duration: loaf.duration,
      styleAndLayoutStart: loaf.styleAndLayoutStart ?? 0,
      scripts: (loaf.scripts ?? []).map((script) => ({
        duration: script.duration,
        forcedStyleAndLayoutDuration: script.forcedStyleAndLayoutDuration ?? 0,
      })),
    })
  })
  observe('longtask', (entry) => {
    timings.longTasks.push({ startTime: entry.startTime, duration: entry.duration })
  })
}

export interface LoafSummary {
  /** Long animation frames (over 50 ms) that started in the window. */
  count: number
  /** Sum of their scripts' durations. */
  scriptMs: number
  /** Sum of their style and layout phases (`startTime + duration − styleAndLayoutStart`). */
  styleLayoutMs: number
  /** Of the scripts' time, style and layout they forced (e.g. reading a size after a write). */
  forcedMs: number
}

/** Sums the long animation frames that started in `[from, to)`. */
export function summarizeLoafs(
  entries: readonly LoafEntry[],
  from: number,
  to: number,
): LoafSummary {
  const summary: LoafSummary = { count: 0, scriptMs: 0, styleLayoutMs: 0, forcedMs: 0 }
  for (const entry of entries) {
    if (entry.startTime < from || entry.startTime >= to) {
      continue
    }
    summary.count++
    for (const script of entry.scripts) {
      summary.scriptMs += script.duration
      summary.forcedMs += script.forcedStyleAndLayoutDuration
    }
    if (entry.styleAndLayoutStart > 0) {
      summary.styleLayoutMs += entry.startTime + entry.duration - entry.styleAndLayoutStart
    }
  }
  return summary
}

/** The longest task overlapping `[from, to]`, 0 when none (no task over 50 ms). */
export function longestTask(entries: readonly LongTaskEntry[], from: number, to: number): number {
  let longest = 0
  for (const entry of entries) {
    if (entry.startTime <= to && entry.startTime + entry.duration >= from) {
      longest = Math.max(longest, entry.duration)
    }
  }
  return longest
}

/** Issue #13: 1,000,000 loaded rows mount, scroll and sort without a long task over this. */
export const LONG_TASK_TARGET_MS = 200
