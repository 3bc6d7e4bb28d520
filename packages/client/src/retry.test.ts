import { describe, expect, it } from 'vitest'
import { backoffDelayMs, DEFAULT_RETRY_OPTIONS, resolveRetryOptions } from './retry.ts'

describe('resolveRetryOptions', () => {
  it('defaults to 3 retries, 300 ms base, 10 s cap, 60 s max Retry-After', () => {
    expect(resolveRetryOptions(undefined)).toEqual({
      retries: 3,
      baseDelayMs: 300,
      maxDelayMs: 10_000,
      maxRetryAfterMs: 60_000,
    })
  })

  it('merges partial options', () => {
    expect(resolveRetryOptions({ retries: 5 })).toEqual({ ...DEFAULT_RETRY_OPTIONS, retries: 5 })
  })

  it('false means no retries', () => {
    expect(resolveRetryOptions(false).retries).toBe(0)
  })

  it('clamps a negative retry count to 0', () => {
    expect(resolveRetryOptions({ retries: -2 }).retries).toBe(0)
  })
})

describe('backoffDelayMs', () => {
  const options = resolveRetryOptions(undefined)

  it('doubles the ceiling per retry and caps it at maxDelayMs (random() = 1 - ε)', () => {
    const nearlyOne = () => 0.999999
    const ceilings = [0, 1, 2, 3, 4, 5, 6].map((i) => backoffDelayMs(i, options, nearlyOne))
    expect(ceilings).toEqual([299, 599, 1199, 2399, 4799, 9599, 9999])
  })

  it('uses full jitter: the wait scales with random()', () => {
    expect(backoffDelayMs(2, options, () => 0)).toBe(0)
    expect(backoffDelayMs(2, options, () => 0.5)).toBe(600)
  })
})
