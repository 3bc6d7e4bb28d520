import { describe, expect, it } from 'vitest'
import { rowTop, rowWindow, scrollTopForRow } from './rowWindow.ts'

const base = { count: 1000, rowHeight: 40, viewportHeight: 400, overscan: 2 }

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, at their own offsets', () => {
    const window = rowWindow({ ...base, scrollTop: 400 })
    expect(window).toEqual({ first: 8, last: 21, bodyHeight: 40_000, shift: 0 })
    expect(rowTop(10, 40, window)).toBe(400)
  })

  it('clamps at both ends and renders nothing without rows', () => {
    expect(rowWindow({ ...base, scrollTop: 0 })).toMatchObject({ first: 0, last: 11 })
    expect(rowWindow({ ...base, scrollTop: 39_600 })).toMatchObject({ first: 988, last: 999 })
    expect(rowWindow({ ...base, count: 0, scrollTop: 0 })).toEqual({
      first: 0,
      last: -1,
      bodyHeight: 0,
      shift: 0,
    })
  })

  it('compresses a list taller than the browser allows and still reaches both ends', () => {
    const tall = { ...base, count: 1_000_000, maxHeight: 100_000 }
    const top = rowWindow({ ...tall, scrollTop: 0 })
    expect(top).toMatchObject({ first: 0, bodyHeight: 100_000, shift: 0 })
    const bottom = rowWindow({ ...tall, scrollTop: 100_000 - 400 })
    expect(bottom.last).toBe(999_999)
    // The last row ends exactly at the bottom of the body.
    expect(rowTop(999_999, 40, bottom) + 40).toBe(100_000)
    const middle = rowWindow({ ...tall, scrollTop: (100_000 - 400) / 2 })
    const firstInView = middle.first + 2
    expect(firstInView).toBeGreaterThan(499_000)
    expect(firstInView).toBeLessThan(501_000)
    // The row at the top of the viewport is drawn at the top of the viewport.
    const offsetInRow = (middle.shift + (100_000 - 400) / 2) % 40
    expect(rowTop(firstInView, 40, middle)).toBeCloseTo((100_000 - 400) / 2 - offsetInRow, 6)
  })
})

describe('scrollTopForRow', () => {
  const at = (scrollTop: number) => ({ ...base, scrollTop })
  it('moves as little as it can, and not at all for a row in view', () => {
    expect(scrollTopForRow(5, at(0))).toBeUndefined()
    expect(scrollTopForRow(20, at(0))).toBe(20 * 40 + 40 - 400)
    expect(scrollTopForRow(3, at(800))).toBe(120)
    expect(scrollTopForRow(3, at(0), 'start')).toBe(120)
  })

  it('lands on the last row of a compressed list', () => {
    const tall = { ...base, count: 1_000_000, maxHeight: 100_000 }
    const scrollTop = scrollTopForRow(999_999, { ...tall, scrollTop: 0 })
    expect(scrollTop).toBe(100_000 - 400)
    const window = rowWindow({ ...tall, scrollTop: scrollTop ?? 0 })
    expect(window.last).toBe(999_999)
  })
})
