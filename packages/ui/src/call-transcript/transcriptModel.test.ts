import type { CallTranscript } from '@aura-kit/client'
import { describe, expect, it } from 'vitest'
import { FALLBACK_CUE_SECONDS, normalizeTranscript, UNKNOWN_SPEAKER } from './transcriptModel.ts'

const seg = (start: number | null, end: number | null, speaker: string | null, text: string) => ({
  start_seconds: start,
  end_seconds: end,
  speaker,
  text,
})

describe('normalizeTranscript', () => {
  it('sorts a copy by start, keeping the original order for equal starts', () => {
    const segments = [seg(10, 12, 'B', 'third'), seg(0, 4, 'A', 'first'), seg(5, 9, 'A', 'second')]
    const data: CallTranscript = { duration_seconds: 20, language: 'en', segments }
    const { entries, starts } = normalizeTranscript(data)
    expect(entries.map((entry) => entry.text)).toEqual(['first', 'second', 'third'])
    expect(entries.map((entry) => entry.index)).toEqual([0, 1, 2])
    expect(starts).toEqual([0, 5, 10])
    // The input is untouched.
    expect(segments.map((segment) => segment.text)).toEqual(['third', 'first', 'second'])
    const tied = normalizeTranscript({ segments: [seg(3, 4, 'A', 'x'), seg(3, 5, 'B', 'y')] })
    expect(tied.entries.map((entry) => entry.text)).toEqual(['x', 'y'])
  })

  it('ends a segment at its end, else the next later start, else the duration, else a fallback', () => {
    const { entries } = normalizeTranscript({
      duration_seconds: 30,
      segments: [
        seg(0, 2.5, 'A', 'own end'),
        seg(4, null, 'A', 'no end'),
        seg(4, 4, 'B', 'end not after start, same start as the previous'),
        seg(9, 20, 'B', 'overlaps the next'),
        seg(12, null, 'A', 'last, no end'),
      ],
    })
    expect(entries.map((entry) => [entry.start, entry.end])).toEqual([
      [0, 2.5],
      [4, 9],
      [4, 9],
      [9, 20],
      [12, 30],
    ])
    const past = normalizeTranscript({ duration_seconds: 5, segments: [seg(8, null, 'A', 'late')] })
    expect(past.entries[0]?.end).toBe(8 + FALLBACK_CUE_SECONDS)
  })

  it('places a segment without a usable start after the previous one, marked untimed', () => {
    const { entries } = normalizeTranscript({
      segments: [
        seg(5, 6, 'A', 'a'),
        seg(null, null, 'B', 'b'),
        { ...seg(-3, 1, 'A', 'negative') },
        seg(2, 3, 'A', 'early'),
      ],
    })
    expect(entries.map((entry) => [entry.text, entry.start, entry.timed])).toEqual([
      ['early', 2, true],
      ['a', 5, true],
      ['b', 5, false],
      ['negative', 5, false],
    ])
  })

  it('treats null, empty, blank and absent speakers as unknown, listed last', () => {
    const { entries, speakers } = normalizeTranscript({
      segments: [
        seg(0, 1, null, 'a'),
        seg(1, 2, ' Alice ', 'b'),
        seg(2, 3, '', 'c'),
        { start_seconds: 3, end_seconds: 4, text: 'd' },
        seg(4, 5, '   ', 'e'),
        seg(5, 6, 'Bob', 'f'),
      ],
    })
    expect(entries.map((entry) => entry.speaker)).toEqual(['', 'Alice', '', '', '', 'Bob'])
    expect(speakers).toEqual(['Alice', 'Bob', ''])
    expect(UNKNOWN_SPEAKER).toBe('Unknown speaker')
  })

  it('marks the first segment of each run by one speaker', () => {
    const { entries } = normalizeTranscript({
      segments: [
        seg(0, 1, 'A', '1'),
        seg(1, 2, 'A', '2'),
        seg(2, 3, 'B', '3'),
        seg(3, 4, 'A', '4'),
        seg(4, 5, 'A', '5'),
      ],
    })
    expect(entries.map((entry) => entry.turnStart)).toEqual([true, false, true, true, false])
  })

  it('turns anything unusable into an empty transcript or skips it', () => {
    expect(normalizeTranscript(null).entries).toEqual([])
    expect(normalizeTranscript(undefined).entries).toEqual([])
    expect(normalizeTranscript({ segments: null }).entries).toEqual([])
    const odd = normalizeTranscript({
      duration_seconds: Number.NaN,
      language: 42,
      segments: [null, 'text', 7, { start_seconds: 1, text: { html: '<b>' }, speaker: 5 }],
    } as unknown as CallTranscript)
    expect(odd.entries).toHaveLength(1)
    expect(odd.entries[0]).toMatchObject({ start: 1, text: '', speaker: '' })
    expect(odd.durationSeconds).toBeNull()
    expect(odd.language).toBeNull()
  })
})
