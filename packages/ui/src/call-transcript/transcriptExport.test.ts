import { describe, expect, it } from 'vitest'
import {
  buildTranscriptFile,
  formatClock,
  formatCueTime,
  transcriptToJson,
  transcriptToSrt,
  transcriptToText,
  transcriptToVtt,
} from './transcriptExport.ts'
import { normalizeTranscript } from './transcriptModel.ts'

// Unsorted, with markup, a blank segment, a missing speaker, a missing end and blank lines.
const transcript = normalizeTranscript({
  duration_seconds: 3730,
  language: 'en',
  segments: [
    { start_seconds: 62.345, end_seconds: 64, speaker: 'Alice', text: 'Hello there.' },
    { start_seconds: 0, end_seconds: 2.5, speaker: 'Bob', text: 'Hi <b>& welcome</b>' },
    { start_seconds: 3723.5, end_seconds: null, speaker: null, text: 'Line one\r\n\n  line two  ' },
    { start_seconds: 70, end_seconds: 71, speaker: 'Alice', text: '   ' },
  ],
})
const { entries } = transcript

describe('formatCueTime', () => {
  it('writes HH:MM:SS plus milliseconds with the format’s separator', () => {
    expect(formatCueTime(0, ',')).toBe('00:00:00,000')
    expect(formatCueTime(62.345, ',')).toBe('00:01:02,345')
    expect(formatCueTime(62.345, '.')).toBe('00:01:02.345')
    expect(formatCueTime(3723.5, '.')).toBe('01:02:03.500')
    expect(formatCueTime(360_000, ',')).toBe('100:00:00,000')
  })

  it('rounds to the millisecond (carrying over) and clamps odd input to zero', () => {
    expect(formatCueTime(59.9996, ',')).toBe('00:01:00,000')
    expect(formatCueTime(1.0004, ',')).toBe('00:00:01,000')
    expect(formatCueTime(-3, ',')).toBe('00:00:00,000')
    expect(formatCueTime(Number.NaN, '.')).toBe('00:00:00.000')
    expect(formatClock(3723.999)).toBe('01:02:03')
  })
})

describe('transcript exports', () => {
  it('TXT: one line per segment with a clock time and the speaker', () => {
    expect(transcriptToText(entries)).toBe(
      '[00:00:00] Bob: Hi <b>& welcome</b>\n' +
        '[00:01:02] Alice: Hello there.\n' +
        '[01:02:03] Unknown speaker: Line one line two\n',
    )
  })

  it('SRT: numbered cues with comma milliseconds and no blank lines inside a cue', () => {
    expect(transcriptToSrt(entries)).toBe(
      '1\n00:00:00,000 --> 00:00:02,500\nBob: Hi <b>& welcome</b>\n' +
        '\n' +
        '2\n00:01:02,345 --> 00:01:04,000\nAlice: Hello there.\n' +
        '\n' +
        '3\n01:02:03,500 --> 01:02:10,000\nLine one\nline two\n',
    )
  })

  it('WebVTT: header, dot milliseconds, voice spans and escaped markup', () => {
    expect(transcriptToVtt(entries)).toBe(
      'WEBVTT\n' +
        '\n' +
        '00:00:00.000 --> 00:00:02.500\n<v Bob>Hi &lt;b&gt;&amp; welcome&lt;/b&gt;\n' +
        '\n' +
        '00:01:02.345 --> 00:01:04.000\n<v Alice>Hello there.\n' +
        '\n' +
        '01:02:03.500 --> 01:02:10.000\nLine one\nline two\n',
    )
  })

  it('WebVTT: a cue can never contain an arrow or break out of a voice tag', () => {
    const [entry] = normalizeTranscript({
      segments: [{ start_seconds: 1, end_seconds: 2, speaker: 'A>B\nC', text: 'x --> y' }],
    }).entries
    expect(transcriptToVtt(entry ? [entry] : [])).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A&gt;B C>x --&gt; y\n',
    )
  })

  it('JSON: every segment, sorted, with effective end times and null for unknown speakers', () => {
    const json = transcriptToJson({
      callId: 'c1',
      language: transcript.language,
      durationSeconds: transcript.durationSeconds,
      entries,
    })
    expect(json).toBe(`{
  "call_id": "c1",
  "language": "en",
  "duration_seconds": 3730,
  "segments": [
    {
      "start_seconds": 0,
      "end_seconds": 2.5,
      "speaker": "Bob",
      "text": "Hi <b>& welcome</b>"
    },
    {
      "start_seconds": 62.345,
      "end_seconds": 64,
      "speaker": "Alice",
      "text": "Hello there."
    },
    {
      "start_seconds": 70,
      "end_seconds": 71,
      "speaker": "Alice",
      "text": "   "
    },
    {
      "start_seconds": 3723.5,
      "end_seconds": 3730,
      "speaker": null,
      "text": "Line one\\r\\n\\n  line two  "
    }
  ]
}
`)
  })

  it('empty transcripts give empty files (VTT keeps its header)', () => {
    expect(transcriptToText([])).toBe('')
    expect(transcriptToSrt([])).toBe('')
    expect(transcriptToVtt([])).toBe('WEBVTT\n')
  })

  it('names files after the call id, made safe for a file system', () => {
    const input = { callId: 'c1', language: null, durationSeconds: null, entries }
    expect(buildTranscriptFile('txt', input)).toMatchObject({
      filename: 'call-c1.txt',
      type: 'text/plain;charset=utf-8',
    })
    expect(buildTranscriptFile('srt', input).filename).toBe('call-c1.srt')
    expect(buildTranscriptFile('vtt', input)).toMatchObject({
      filename: 'call-c1.vtt',
      type: 'text/vtt;charset=utf-8',
      content: transcriptToVtt(entries),
    })
    expect(buildTranscriptFile('json', input).type).toBe('application/json')
    expect(buildTranscriptFile('txt', { ...input, callId: '../<script>/x' }).filename).toBe(
      'call-_script_x.txt',
    )
  })
})
