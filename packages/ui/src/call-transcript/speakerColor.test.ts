import { describe, expect, it } from 'vitest'
import { SPEAKER_COLOR_COUNT, speakerColor, speakerColors } from './speakerColor.ts'

describe('speakerColor', () => {
  it('gives a name the same palette slot every time, spread over the palette', () => {
    expect(speakerColor('Alice')).toBe(speakerColor('Alice'))
    const counts = new Array<number>(SPEAKER_COLOR_COUNT).fill(0)
    for (let index = 0; index < 800; index++) {
      const slot = speakerColor(`Speaker ${index}`)
      counts[slot] = (counts[slot] ?? 0) + 1
    }
    // Every slot gets a fair share (100 each if perfectly even).
    for (const count of counts) {
      expect(count).toBeGreaterThan(60)
    }
  })

  it('keeps up to eight speakers of one call apart, and leaves the unknown speaker neutral', () => {
    const names = ['Ann', 'Ben', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal']
    const colors = speakerColors([...names, ''])
    expect(colors.has('')).toBe(false)
    expect(new Set(names.map((name) => colors.get(name))).size).toBe(8)
    // The first speaker always gets their own hashed slot.
    expect(colors.get('Ann')).toBe(speakerColor('Ann'))
    expect(speakerColors(['Ann', 'Ben'])).toEqual(speakerColors(['Ann', 'Ben']))
  })
})
