import { describe, expect, it } from 'vitest'
import { normalizePhone } from './normalizePhone.ts'

describe('normalizePhone', () => {
  it.each([
    ['+14155552671', '+14155552671'],
    ['+1 415 555 2671', '+14155552671'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['  +1.415.555.2671  ', '+14155552671'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+44 (0) 20 7946 0958', '+442079460958'],
    ['0031 (0)6-1234\u20115678', '+31612345678'],
    ['+49\u00A030\u2013123456', '+4930123456'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it.each([
    ['', ''],
    ['   ', ''],
    // No country code: never guessed, so validation rejects it.
    ['(415) 555-2671', '4155552671'],
    ['0 20 7946 0958', '02079460958'],
    ['call me', 'callme'],
    ['+1 415 CALL NOW', '+1415CALLNOW'],
  ])('leaves %j without a + (or invalid) as %j', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })
})
