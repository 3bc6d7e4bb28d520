import { describe, expect, test } from 'vitest'
import { type LoafEntry, longestTask, summarizeLoafs } from './longFrames.ts'

const loaf = (overrides: Partial<LoafEntry>): LoafEntry => ({
  startTime: 1000,
  duration: 80,
  styleAndLayoutStart: 1060,
  scripts: [{ duration: 30, forcedStyleAndLayoutDuration: 5 }],
  ...overrides,
})

describe('summarizeLoafs', () => {
  test('sums script, style and layout, and forced layout of the frames started in the window', () => {
    const summary = summarizeLoafs(
      [
        loaf({
          scripts: [
            { duration: 30, forcedStyleAndLayoutDuration: 5 },
            { duration: 12, forcedStyleAndLayoutDuration: 0 },
          ],
        }),
        // Style and layout from 2070 to the end at 2100: 30 ms.
        loaf({ startTime: 2000, duration: 100, styleAndLayoutStart: 2070 }),
        // No style and layout phase: only its script counts.
        loaf({ startTime: 2500, styleAndLayoutStart: 0 }),
        // Before and at the end of the window: left out.
        loaf({ startTime: 500 }),
        loaf({ startTime: 3000 }),
      ],
      1000,
      3000,
    )
    expect(summary).toEqual({ count: 3, scriptMs: 102, styleLayoutMs: 20 + 30, forcedMs: 15 })
  })

  test('is all zeros without long frames', () => {
    expect(summarizeLoafs([], 0, 1000)).toEqual({
      count: 0,
      scriptMs: 0,
      styleLayoutMs: 0,
      forcedMs: 0,
    })
  })
})

describe('longestTask', () => {
  test('takes the longest task overlapping the window, including one begun before it', () => {
    const tasks = [
      { startTime: 100, duration: 400 },
      { startTime: 900, duration: 150 },
      { startTime: 1200, duration: 60 },
      { startTime: 5000, duration: 900 },
    ]
    expect(longestTask(tasks, 1000, 2000)).toBe(150)
    expect(longestTask(tasks, 450, 2000)).toBe(400)
    expect(longestTask(tasks, 2000, 3000)).toBe(0)
  })
})
