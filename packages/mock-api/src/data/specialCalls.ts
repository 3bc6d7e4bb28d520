import type { AuraCall, TranscriptData, TranscriptSegment } from './callTypes.ts'
import { closerName, recordingPath } from './createCall.ts'
import { createRandom, deriveSeed } from './random.ts'
import { buildTranscript, defineLazyTranscript } from './transcript.ts'

/** Fixed ids (independent of the seed) of calls with unusual transcripts. */
export const SPECIAL_CALL_IDS = {
  /** Two hours, ~3,000 segments, with a recording (capped at 10 minutes of audio). */
  longCall: 'ca11ab1e-0000-4000-8000-000000000001',
  emptySegments: 'ca11ab1e-0000-4000-8000-000000000002',
  unsortedSegments: 'ca11ab1e-0000-4000-8000-000000000003',
  missingSpeakers: 'ca11ab1e-0000-4000-8000-000000000004',
  noTranscript: 'ca11ab1e-0000-4000-8000-000000000005',
} as const

type SpecialKind = keyof typeof SPECIAL_CALL_IDS

const KINDS: readonly SpecialKind[] = [
  'longCall',
  'emptySegments',
  'unsortedSegments',
  'missingSpeakers',
  'noTranscript',
]

/**
 * Replaces the 1st, 3rd, 5th… past calls of the newest-first list with the special calls, in place.
 * They keep their lead, people and timestamps but become completed calls.
 */
export function applySpecialCalls(calls: AuraCall[], seed: number, now: number): void {
  let kindIndex = 0
  let pastSeen = 0
  for (let index = 0; index < calls.length && kindIndex < KINDS.length; index++) {
    const call = calls[index]
    const kind = KINDS[kindIndex]
    if (call === undefined || kind === undefined || Date.parse(call.scheduled_at) >= now) {
      continue
    }
    pastSeen++
    if (pastSeen % 2 === 1) {
      calls[index] = makeSpecial(call, kind, deriveSeed(seed, kind))
      kindIndex++
    }
  }
}

function makeSpecial(base: AuraCall, kind: SpecialKind, seed: number): AuraCall {
  const id = SPECIAL_CALL_IDS[kind]
  const minutes = kind === 'longCall' ? 120 : (base.duration_minutes ?? 30)
  const startedMs = Date.parse(base.scheduled_at)
  const { outcome: _legacy, ...rest } = base
  const call: AuraCall = {
    ...rest,
    id,
    status: 'completed',
    started_at: base.scheduled_at,
    ended_at: new Date(startedMs + minutes * 60_000).toISOString(),
    duration_minutes: minutes,
    has_recording: kind === 'longCall' || kind === 'unsortedSegments',
    recording_url: kind === 'longCall' || kind === 'unsortedSegments' ? recordingPath(id) : null,
    has_analysis: kind !== 'noTranscript',
    transcript_data: null,
  }
  const speakers = [closerName(call.closer_id), 'Guest']
  const plan = { seed, durationSeconds: minutes * 60, speakers, language: 'en' }
  switch (kind) {
    case 'longCall':
      defineLazyTranscript(call, () => buildTranscript({ ...plan, segmentCount: 3000 }))
      break
    case 'emptySegments':
      call.transcript_data = { duration_seconds: minutes * 60, language: 'en', segments: [] }
      break
    case 'unsortedSegments':
      defineLazyTranscript(call, () =>
        scramble(buildTranscript({ ...plan, segmentCount: 40 }), seed),
      )
      break
    case 'missingSpeakers':
      defineLazyTranscript(call, () => dropSpeakers(buildTranscript({ ...plan, segmentCount: 30 })))
      break
    case 'noTranscript':
      call.ai_summary = null
      call.action_items = null
      break
    default:
      kind satisfies never
  }
  return call
}

/** Overlapping and out-of-order segments: every third segment runs into the next, pairs swapped. */
function scramble(transcript: TranscriptData, seed: number): TranscriptData {
  const random = createRandom(seed)
  const segments = transcript.segments.map((segment, index) =>
    index % 3 === 0
      ? { ...segment, end_seconds: segment.end_seconds + 4 + random.int(0, 6) }
      : segment,
  )
  for (let index = 0; index + 1 < segments.length; index += 4) {
    const first = segments[index]
    const second = segments[index + 1]
    if (first !== undefined && second !== undefined) {
      segments[index] = second
      segments[index + 1] = first
    }
  }
  return { ...transcript, segments }
}

/** Speaker missing in three flavours: null, empty string, and no key at all. */
function dropSpeakers(transcript: TranscriptData): TranscriptData {
  const segments = transcript.segments.map((segment, index): TranscriptSegment => {
    switch (index % 4) {
      case 0:
        return { ...segment, speaker: null }
      case 1:
        return { ...segment, speaker: '' }
      case 2: {
        const { speaker: _speaker, ...withoutSpeaker } = segment
        return withoutSpeaker
      }
      default:
        return segment
    }
  })
  return { ...transcript, segments }
}
