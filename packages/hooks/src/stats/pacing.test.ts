import type { RateLimit } from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { delayBeforeRequest, RESET_MARGIN_MS, reserveOf } from './pacing.ts'

const now = 1_000_000
const limit = (remaining: number, resetInMs: number, total = 100): RateLimit => ({
  limit: total,
  remaining,
  resetAt: new Date(now + resetInMs),
})

describe('pacing', () => {
  it.each([
    [100, undefined, 20],
    [5, undefined, 2],
    [1, undefined, 2],
    [100, 0, 0],
    [100, 500, 99],
  ])('a limit of %i with reserve %s leaves %i requests to others', (total, reserve, left) => {
    expect(reserveOf(total, { reserve })).toBe(left)
  })

  it.each([
    ['no headers', null, 0],
    ['budget left', limit(21, 30_000), 0],
    ['the reserve reached', limit(20, 30_000), 30_000 + RESET_MARGIN_MS],
    ['the budget spent', limit(0, 12_000), 12_000 + RESET_MARGIN_MS],
    ['a reset just past', limit(0, -100), RESET_MARGIN_MS - 100],
    ['a reset long past (a new window)', limit(0, -60_000), 0],
    ['a nonsense limit', limit(0, 30_000, 0), 0],
  ])('%s: waits %i ms', (_, rateLimit, wait) => {
    expect(delayBeforeRequest(rateLimit, now)).toBe(wait)
  })

  it('a host can keep more for itself', () => {
    expect(delayBeforeRequest(limit(50, 10_000), now, { reserve: 50 })).toBe(
      10_000 + RESET_MARGIN_MS,
    )
    expect(delayBeforeRequest(limit(1, 10_000), now, { reserve: 0 })).toBe(0)
  })
})
