import { describe, expect, it } from 'vitest'
import { SlotKeys } from './slotKeys.ts'

describe('SlotKeys', () => {
  it('keeps the key of a row that stays and gives a departed row’s key to the one arriving', () => {
    const slots = new SlotKeys()
    expect(slots.assign([0, 1, 2, 3])).toEqual([0, 1, 2, 3])
    // Scrolled one row: 0 left, 4 arrived and takes 0's key; 1–3 keep theirs.
    expect(slots.assign([1, 2, 3, 4])).toEqual([1, 2, 3, 0])
  })

  it('reuses every key on a jump, and never gives two rows one key', () => {
    const slots = new SlotKeys()
    slots.assign([0, 1, 2, 3, 4])
    const keys = slots.assign([5000, 5001, 5002, 5003, 5004])
    expect([...keys].sort()).toEqual([0, 1, 2, 3, 4])
    const withFocused = slots.assign([2, 9000, 9001, 9002, 9003, 9004])
    expect(new Set(withFocused).size).toBe(6)
  })

  it('gives the same keys when asked twice for the same window (a repeated render)', () => {
    const slots = new SlotKeys()
    slots.assign([10, 11, 12])
    const once = slots.assign([11, 12, 13])
    expect(slots.assign([11, 12, 13])).toEqual(once)
  })
})
