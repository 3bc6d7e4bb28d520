import type { TranscriptData, TranscriptSegment } from './callTypes.ts'
import { CLOSER_LINES, PROSPECT_LINES, THIRD_SPEAKER_LINES } from './phrases.ts'
import { createRandom } from './random.ts'

export interface TranscriptPlan {
  seed: number
  durationSeconds: number
  segmentCount: number
  /** Closer first, then the prospect, then an optional third participant. */
  speakers: readonly string[]
  language: string
}

const LINES_BY_SPEAKER = [CLOSER_LINES, PROSPECT_LINES, THIRD_SPEAKER_LINES] as const

/** Builds a transcript whose segments fill `durationSeconds`, in order, without overlaps. */
export function buildTranscript(plan: TranscriptPlan): TranscriptData {
  const random = createRandom(plan.seed)
  const weights: number[] = []
  for (let index = 0; index < plan.segmentCount; index++) {
    weights.push(0.4 + random.next() * 1.2)
  }
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0)
  const scale = plan.durationSeconds / totalWeight
  const segments: TranscriptSegment[] = []
  let speakerIndex = 0
  let cursor = 0
  for (const weight of weights) {
    const length = weight * scale
    const gap = Math.min(length * 0.2, random.next() * 0.8)
    const lines = LINES_BY_SPEAKER[speakerIndex] ?? CLOSER_LINES
    const sentences = length > 12 ? random.int(1, 3) : 1
    let text = random.pick(lines)
    for (let sentence = 1; sentence < sentences; sentence++) {
      text += ` ${random.pick(lines)}`
    }
    segments.push({
      start_seconds: round(cursor),
      end_seconds: round(cursor + length - gap),
      speaker: plan.speakers[speakerIndex] ?? 'Speaker',
      text,
    })
    cursor += length
    speakerIndex = nextSpeaker(random.next(), speakerIndex, plan.speakers.length)
  }
  return { duration_seconds: Math.round(plan.durationSeconds), language: plan.language, segments }
}

function nextSpeaker(roll: number, current: number, speakerCount: number): number {
  if (speakerCount > 2 && roll < 0.08) {
    return 2
  }
  if (roll < 0.78 || current === 2) {
    return current === 0 ? 1 : 0
  }
  return current
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100
}

/** Defines `transcript_data` as an enumerable getter that builds (and then caches) on first read. */
export function defineLazyTranscript(target: object, make: () => TranscriptData | null): void {
  Object.defineProperty(target, 'transcript_data', {
    enumerable: true,
    configurable: true,
    get(): TranscriptData | null {
      const value = make()
      Object.defineProperty(target, 'transcript_data', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      return value
    },
    set(value: unknown): void {
      Object.defineProperty(target, 'transcript_data', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    },
  })
}
