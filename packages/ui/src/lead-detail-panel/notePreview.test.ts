import { describe, expect, it } from 'vitest'
import { notePreview } from './notePreview.ts'

const limits = { maxChars: 20, maxLines: 3 }

describe('notePreview', () => {
  it.each([
    ['a short note', 'Call back Tuesday', 'Call back Tuesday', ''],
    ['exactly the limit', 'x'.repeat(20), 'x'.repeat(20), ''],
    [
      'cut at a space near the limit',
      'Call back on Tuesday at noon',
      'Call back on Tuesday',
      ' at noon',
    ],
    ['cut hard without a nearby space', 'x'.repeat(30), 'x'.repeat(20), 'x'.repeat(10)],
    ['cut at the line limit', 'a\nb\nc\nd\ne', 'a\nb\nc', '\nd\ne'],
    ['never split an emoji', `${'x'.repeat(19)}😀 tail text`, 'x'.repeat(19), '😀 tail text'],
  ])('%s', (_name, text, preview, rest) => {
    const result = notePreview(text, limits)
    expect(result).toEqual({ preview, rest })
    expect(result.preview + result.rest).toBe(text)
  })

  it('keeps a 100 kB note to a short preview by default', () => {
    const text = 'word '.repeat(20_000)
    const { preview, rest } = notePreview(text)
    expect(preview.length).toBeLessThanOrEqual(480)
    expect(preview + rest).toBe(text)
  })
})
