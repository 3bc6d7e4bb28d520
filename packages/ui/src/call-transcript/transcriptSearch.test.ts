import { describe, expect, it } from 'vitest'
import { normalizeTranscript } from './transcriptModel.ts'
import { searchTranscript } from './transcriptSearch.ts'

const entries = (...texts: string[]) =>
  normalizeTranscript({
    segments: texts.map((text, index) => ({
      start_seconds: index,
      end_seconds: index + 1,
      speaker: 'A',
      text,
    })),
  }).entries

describe('searchTranscript', () => {
  it('finds every case-insensitive hit with offsets into the original text', () => {
    const list = entries('Pricing is fine', 'no hits here', 'price? PRICE! price.')
    const { matches, byEntry, truncated } = searchTranscript(list, 'price')
    expect(matches).toEqual([
      { entry: 2, start: 0, end: 5 },
      { entry: 2, start: 7, end: 12 },
      { entry: 2, start: 14, end: 19 },
    ])
    expect(byEntry.get(2)).toEqual(matches)
    expect(byEntry.has(0)).toBe(false)
    expect(truncated).toBe(false)
    expect(searchTranscript(list, 'pric').matches.map((match) => match.entry)).toEqual([0, 2, 2, 2])
  })

  it('searches literally, trims the query and ignores a blank one', () => {
    const list = entries('a.b a*b (x) [y] $5 ^z', 'axb')
    expect(searchTranscript(list, 'a.b').matches).toEqual([{ entry: 0, start: 0, end: 3 }])
    expect(searchTranscript(list, '(x)').matches).toEqual([{ entry: 0, start: 8, end: 11 }])
    expect(searchTranscript(list, '  $5 ').matches).toEqual([{ entry: 0, start: 16, end: 18 }])
    expect(searchTranscript(list, '   ').matches).toEqual([])
    expect(searchTranscript(list, '').matches).toEqual([])
  })

  it('keeps offsets right where lower-casing would change the length', () => {
    // 'İ'.toLowerCase() is two code units; a lowercase copy would shift every later offset.
    const list = entries('İİİ stanbul Stanbul')
    const { matches } = searchTranscript(list, 'stanbul')
    expect(matches.map((match) => list[0]?.text.slice(match.start, match.end))).toEqual([
      'stanbul',
      'Stanbul',
    ])
  })

  it('stops at the limit and says so', () => {
    const list = entries('a'.repeat(50), 'aaaa')
    const result = searchTranscript(list, 'a', 10)
    expect(result.matches).toHaveLength(10)
    expect(result.truncated).toBe(true)
  })
})
