import { describe, expect, it } from 'vitest'
import { formatOffset } from './formatOffset.ts'

describe('formatOffset', () => {
  it('shows m:ss, and h:mm:ss from an hour on', () => {
    expect(formatOffset(0)).toBe('0:00')
    expect(formatOffset(62.9)).toBe('1:02')
    expect(formatOffset(3599)).toBe('59:59')
    expect(formatOffset(3723)).toBe('1:02:03')
    expect(formatOffset(-5)).toBe('0:00')
    expect(formatOffset(Number.NaN)).toBe('0:00')
  })
})
