import type { Call } from '@aura-kit/client'

export const UNKNOWN_SPEAKER = 'Unknown speaker'
/** How long a cue lasts when neither its end nor a later start says so. */
export const FALLBACK_CUE_SECONDS = 3

/** One transcript segment, cleaned up: times are finite and sorted, text is a string. */
export interface TranscriptEntry {
  /** Position in start order; also the row key. */
  index: number
  /** Seconds from the start of the call. */
  start: number
  /** The segment's end, or the next start when it has none (always after `start`). */
  end: number
  /** False when the API gave no usable start; `start` then repeats the previous segment's. */
  timed: boolean
  /** Trimmed speaker name; '' when missing. */
  speaker: string
  text: string
  /** First segment of a run by one speaker. */
  turnStart: boolean
}

export interface NormalizedTranscript {
  entries: TranscriptEntry[]
  /** Start times in entry order, for the active-segment search. */
  starts: number[]
  /** Speakers in order of first appearance; '' (unknown) last. */
  speakers: string[]
  language: string | null
  durationSeconds: number | null
}

/** A speaker's name for display; `unknown` (default "Unknown speaker") for ''. */
export const speakerLabel = (speaker: string, unknown: string = UNKNOWN_SPEAKER): string =>
  speaker === '' ? unknown : speaker

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined

interface Draft {
  order: number
  start: number
  timed: boolean
  rawEnd: number | undefined
  speaker: string
  text: string
}

/**
 * Sorts a copy of the segments by start (stable), fills in missing starts, ends and speakers, and
 * marks turns. Never throws on odd input: anything unusable becomes an empty transcript.
 */
export function normalizeTranscript(data: Call['transcript_data']): NormalizedTranscript {
  const transcript = record(data)
  const rawSegments = Array.isArray(transcript?.segments) ? transcript.segments : []
  const durationSeconds = finite(transcript?.duration_seconds) ?? null
  const language = typeof transcript?.language === 'string' ? transcript.language : null
  const drafts: Draft[] = []
  let lastStart = 0
  for (const raw of rawSegments) {
    const segment = record(raw)
    if (segment === undefined) {
      continue
    }
    const start = finite(segment.start_seconds)
    const timed = start !== undefined && start >= 0
    if (timed) {
      lastStart = start
    }
    drafts.push({
      order: drafts.length,
      start: timed ? start : lastStart,
      timed,
      rawEnd: finite(segment.end_seconds),
      speaker: typeof segment.speaker === 'string' ? segment.speaker.trim() : '',
      text: typeof segment.text === 'string' ? segment.text : '',
    })
  }
  drafts.sort((a, b) => a.start - b.start || a.order - b.order)
  const entries = drafts.map((draft, index): TranscriptEntry => {
    const previous = drafts[index - 1]
    return {
      index,
      start: draft.start,
      end: endOf(drafts, index, durationSeconds),
      timed: draft.timed,
      speaker: draft.speaker,
      text: draft.text,
      turnStart: previous === undefined || previous.speaker !== draft.speaker,
    }
  })
  return {
    entries,
    starts: entries.map((entry) => entry.start),
    speakers: speakersOf(entries),
    language,
    durationSeconds,
  }
}

function endOf(drafts: readonly Draft[], index: number, duration: number | null): number {
  const draft = drafts[index] as Draft
  if (draft.rawEnd !== undefined && draft.rawEnd > draft.start) {
    return draft.rawEnd
  }
  for (let next = index + 1; next < drafts.length; next++) {
    const start = drafts[next]?.start ?? draft.start
    if (start > draft.start) {
      return start
    }
  }
  return duration !== null && duration > draft.start ? duration : draft.start + FALLBACK_CUE_SECONDS
}

function speakersOf(entries: readonly TranscriptEntry[]): string[] {
  const seen = new Set<string>()
  for (const entry of entries) {
    seen.add(entry.speaker)
  }
  const speakers = [...seen].filter((speaker) => speaker !== '')
  return seen.has('') ? [...speakers, ''] : speakers
}
