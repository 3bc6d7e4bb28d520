import { describe, expect, it } from 'vitest'
import { findActiveSegment } from './findActiveSegment.ts'

const linear = (starts: readonly number[], time: number) => {
  let found = -1
  starts.forEach((start, index) => {
    if (start <= time) {
      found = index
    }
  })
  return found
}

describe('findActiveSegment', () => {
  it('finds the last start at or before the time', () => {
    const starts = [0, 2.5, 2.5, 7, 12]
    expect(findActiveSegment(starts, -1)).toBe(-1)
    expect(findActiveSegment(starts, 0)).toBe(0)
    expect(findActiveSegment(starts, 2.4999)).toBe(0)
    expect(findActiveSegment(starts, 2.5)).toBe(2)
    expect(findActiveSegment(starts, 6.99)).toBe(2)
    expect(findActiveSegment(starts, 7)).toBe(3)
    expect(findActiveSegment(starts, 9_999)).toBe(4)
  })

  it('handles empty lists, a late first start and non-finite times', () => {
    expect(findActiveSegment([], 5)).toBe(-1)
    expect(findActiveSegment([3], 1)).toBe(-1)
    expect(findActiveSegment([3], 3)).toBe(0)
    expect(findActiveSegment([0, 1], Number.NaN)).toBe(-1)
    expect(findActiveSegment([0, 1], Number.POSITIVE_INFINITY)).toBe(-1)
  })

  it('agrees with a linear scan over 3,000 sorted starts', () => {
    let seed = 7
    const next = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    const starts: number[] = []
    let cursor = 0
    for (let index = 0; index < 3000; index++) {
      // Some equal starts, as in overlapping transcripts.
      cursor += next() < 0.1 ? 0 : next() * 4
      starts.push(Math.round(cursor * 100) / 100)
    }
    for (let probe = 0; probe < 2000; probe++) {
      const time = next() * (cursor + 10) - 5
      expect(findActiveSegment(starts, time)).toBe(linear(starts, time))
    }
    for (const start of starts.slice(0, 200)) {
      expect(findActiveSegment(starts, start)).toBe(linear(starts, start))
    }
  })
})
