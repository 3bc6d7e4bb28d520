import type { TranscriptSegment } from './data/callTypes.ts'

export const SAMPLE_RATE = 8000
export const MAX_RECORDING_SECONDS = 600
const HEADER_BYTES = 44
const SILENCE = 128
const SPEAKER_PITCHES = [196, 262, 330, 392] as const

export interface RecordingPlan {
  durationSeconds: number
  segments: readonly TranscriptSegment[]
}

/** The recording length: the plan's duration capped at ten minutes, at least one second. */
export function recordingSeconds(plan: RecordingPlan): number {
  return Math.max(1, Math.min(MAX_RECORDING_SECONDS, Math.round(plan.durationSeconds)))
}

/**
 * An 8 kHz mono 8-bit PCM WAV. Each transcript segment becomes a run of short "syllable" tones at
 * its speaker's pitch; without segments there is a beep every two seconds.
 */
export function renderWav(plan: RecordingPlan): Uint8Array<ArrayBuffer> {
  const sampleCount = recordingSeconds(plan) * SAMPLE_RATE
  const bytes = new Uint8Array(HEADER_BYTES + sampleCount)
  writeHeader(new DataView(bytes.buffer), sampleCount)
  const samples = bytes.subarray(HEADER_BYTES)
  samples.fill(SILENCE)
  if (plan.segments.length === 0) {
    for (let second = 0; second < sampleCount / SAMPLE_RATE; second += 2) {
      tone(samples, second, 0.15, 880)
    }
    return bytes
  }
  const speakers: string[] = []
  plan.segments.forEach((segment, segmentIndex) => {
    const speaker = segment.speaker ?? ''
    if (!speakers.includes(speaker)) {
      speakers.push(speaker)
    }
    const pitch = SPEAKER_PITCHES[speakers.indexOf(speaker) % SPEAKER_PITCHES.length] ?? 262
    const end = Math.min(segment.end_seconds, sampleCount / SAMPLE_RATE)
    let syllable = 0
    for (let start = segment.start_seconds; start + 0.08 < end; start += 0.19) {
      const wobble = 0.85 + (((segmentIndex * 31 + syllable * 17) % 13) / 13) * 0.3
      tone(samples, start, Math.min(0.12, end - start), pitch * wobble)
      syllable++
    }
  })
  return bytes
}

/** Adds a sine burst with 10 ms fades, clipped to the buffer. */
function tone(
  samples: Uint8Array,
  startSeconds: number,
  lengthSeconds: number,
  frequency: number,
): void {
  const first = Math.max(0, Math.floor(startSeconds * SAMPLE_RATE))
  const count = Math.floor(lengthSeconds * SAMPLE_RATE)
  const fade = SAMPLE_RATE / 100
  const step = (2 * Math.PI * frequency) / SAMPLE_RATE
  for (let offset = 0; offset < count && first + offset < samples.length; offset++) {
    const envelope = Math.min(1, offset / fade, (count - offset) / fade)
    samples[first + offset] = Math.round(SILENCE + 90 * envelope * Math.sin(step * offset))
  }
}

function writeHeader(view: DataView, sampleCount: number): void {
  const ascii = (offset: number, text: string): void => {
    for (let index = 0; index < text.length; index++) {
      view.setUint8(offset + index, text.charCodeAt(index))
    }
  }
  ascii(0, 'RIFF')
  view.setUint32(4, 36 + sampleCount, true)
  ascii(8, 'WAVE')
  ascii(12, 'fmt ')
  view.setUint32(16, 16, true) // fmt chunk size
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, SAMPLE_RATE, true)
  view.setUint32(28, SAMPLE_RATE, true) // byte rate: rate × 1 channel × 1 byte
  view.setUint16(32, 1, true) // block align
  view.setUint16(34, 8, true) // bits per sample
  ascii(36, 'data')
  view.setUint32(40, sampleCount, true)
}
