import { describe, expect, test } from 'vitest'
import { frameStats, median, percentile, withinFrameBudget } from './stats.ts'

describe('percentile', () => {
  test('interpolates between ranks and takes the ends at 0 and 100', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25)
    expect(percentile([40, 10, 30, 20], 0)).toBe(10)
    expect(percentile([40, 10, 30, 20], 100)).toBe(40)
    expect(percentile([40, 10, 30, 20], 95)).toBeCloseTo(38.5)
  })

  test('is NaN without values', () => {
    expect(median([])).toBeNaN()
  })
})

describe('frameStats', () => {
  test('counts as late only the frames that missed a vsync, not timestamp jitter', () => {
    const stats = frameStats([16.5, 16.7, 16.8, 16.9, 33.3, 50])
    expect(stats.late).toBe(2)
    expect(stats.slow).toBe(2)
    expect(stats.count).toBe(6)
    expect(stats.p50).toBeCloseTo(16.85)
  })

  test('counts as slow every frame over 17.5 ms, including one that jittered past the budget', () => {
    const stats = frameStats([16.7, 17.5, 17.6, 20, 33.3])
    expect(stats.slow).toBe(3)
    expect(stats.late).toBe(1)
  })

  test('judges a p95 against the budget give or take the jitter', () => {
    expect(withinFrameBudget(16.8)).toBe(true)
    expect(withinFrameBudget(17.7)).toBe(true)
    expect(withinFrameBudget(18)).toBe(false)
    expect(withinFrameBudget(33.3)).toBe(false)
  })
})
