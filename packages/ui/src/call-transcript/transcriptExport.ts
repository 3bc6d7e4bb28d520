import { speakerLabel, type TranscriptEntry } from './transcriptModel.ts'

export type TranscriptFormat = 'txt' | 'srt' | 'vtt' | 'json'

export interface TranscriptExportInput {
  callId: string
  language: string | null
  durationSeconds: number | null
  entries: readonly TranscriptEntry[]
  /** How the plain-text export names a segment without a speaker; default "Unknown speaker". */
  unknownSpeaker?: string | undefined
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** `HH:MM:SS` + separator + milliseconds: `00:01:02,345` (SRT) or `00:01:02.345` (WebVTT). */
export function formatCueTime(seconds: number, separator: ',' | '.'): string {
  const totalMs = Math.max(0, Math.round((Number.isFinite(seconds) ? seconds : 0) * 1000))
  const hours = Math.floor(totalMs / 3_600_000)
  const minutes = Math.floor(totalMs / 60_000) % 60
  const secs = Math.floor(totalMs / 1000) % 60
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}${separator}${pad(totalMs % 1000, 3)}`
}

/** `HH:MM:SS`, whole seconds, for the plain-text export. */
export function formatClock(seconds: number): string {
  return formatCueTime(seconds, '.').slice(0, -4)
}

/** Cue text: no blank lines (they end a cue), no CR, trimmed. */
function cueText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

const withText = (entries: readonly TranscriptEntry[]) =>
  entries.filter((entry) => cueText(entry.text) !== '')

/** One line per segment: `[00:01:02] Speaker: text`; `unknownSpeaker` names a missing speaker. */
export function transcriptToText(
  entries: readonly TranscriptEntry[],
  unknownSpeaker?: string | undefined,
): string {
  return withText(entries)
    .map(
      (entry) =>
        `[${formatClock(entry.start)}] ${speakerLabel(entry.speaker, unknownSpeaker)}: ${cueText(entry.text).replace(/\n/g, ' ')}\n`,
    )
    .join('')
}

/** SubRip: numbered cues, `00:01:02,345 --> 00:01:04,000`, the speaker before the text. */
export function transcriptToSrt(entries: readonly TranscriptEntry[]): string {
  return withText(entries)
    .map((entry, position) => {
      const speaker = entry.speaker === '' ? '' : `${entry.speaker}: `
      return `${position + 1}\n${formatCueTime(entry.start, ',')} --> ${formatCueTime(entry.end, ',')}\n${speaker}${cueText(entry.text)}\n`
    })
    .join('\n')
}

const escapeVtt = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** WebVTT with `<v Speaker>` voice spans; markup in the text is escaped. */
export function transcriptToVtt(entries: readonly TranscriptEntry[]): string {
  const cues = withText(entries).map((entry) => {
    const voice = entry.speaker === '' ? '' : `<v ${escapeVtt(entry.speaker.replace(/\s+/g, ' '))}>`
    return `${formatCueTime(entry.start, '.')} --> ${formatCueTime(entry.end, '.')}\n${voice}${escapeVtt(cueText(entry.text))}\n`
  })
  return ['WEBVTT\n', ...cues].join('\n')
}

/** The sorted, cleaned-up transcript as JSON (every segment, empty ones too). */
export function transcriptToJson(input: TranscriptExportInput): string {
  const payload = {
    call_id: input.callId,
    language: input.language,
    duration_seconds: input.durationSeconds,
    segments: input.entries.map((entry) => ({
      start_seconds: entry.start,
      end_seconds: entry.end,
      speaker: entry.speaker === '' ? null : entry.speaker,
      text: entry.text,
    })),
  }
  return `${JSON.stringify(payload, null, 2)}\n`
}

export interface TranscriptFile {
  content: string
  filename: string
  type: string
}

/** The file for one format, named after the call. */
export function buildTranscriptFile(
  format: TranscriptFormat,
  input: TranscriptExportInput,
): TranscriptFile {
  const base = `call-${input.callId.replace(/[^\w-]+/g, '_').slice(0, 80) || 'transcript'}`
  switch (format) {
    case 'txt':
      return {
        content: transcriptToText(input.entries, input.unknownSpeaker),
        filename: `${base}.txt`,
        type: 'text/plain;charset=utf-8',
      }
    case 'srt':
      return {
        content: transcriptToSrt(input.entries),
        filename: `${base}.srt`,
        type: 'application/x-subrip;charset=utf-8',
      }
    case 'vtt':
      return {
        content: transcriptToVtt(input.entries),
        filename: `${base}.vtt`,
        type: 'text/vtt;charset=utf-8',
      }
    case 'json':
      return {
        content: transcriptToJson(input),
        filename: `${base}.json`,
        type: 'application/json',
      }
    default:
      return format satisfies never
  }
}
