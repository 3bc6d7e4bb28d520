import { describe, expect, test } from 'vitest'
import { MAX_RECORDING_SECONDS, renderWav, SAMPLE_RATE } from './wav.ts'

function header(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ascii = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4))
  return {
    riff: ascii(0),
    riffSize: view.getUint32(4, true),
    wave: ascii(8),
    fmt: ascii(12),
    fmtSize: view.getUint32(16, true),
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bitsPerSample: view.getUint16(34, true),
    data: ascii(36),
    dataSize: view.getUint32(40, true),
  }
}

const segments = [
  { start_seconds: 0, end_seconds: 4, speaker: 'Maya', text: 'Hi' },
  { start_seconds: 4.5, end_seconds: 9, speaker: 'John', text: 'Hello' },
]

describe('renderWav', () => {
  test('writes a valid 8 kHz mono 8-bit PCM RIFF header', () => {
    const bytes = renderWav({ durationSeconds: 12, segments })
    expect(header(bytes)).toEqual({
      riff: 'RIFF',
      riffSize: bytes.length - 8,
      wave: 'WAVE',
      fmt: 'fmt ',
      fmtSize: 16,
      format: 1,
      channels: 1,
      sampleRate: SAMPLE_RATE,
      byteRate: SAMPLE_RATE,
      blockAlign: 1,
      bitsPerSample: 8,
      data: 'data',
      dataSize: 12 * SAMPLE_RATE,
    })
    expect(bytes.length).toBe(44 + 12 * SAMPLE_RATE)
  })

  test('lasts as long as the transcript, capped at ten minutes', () => {
    expect(header(renderWav({ durationSeconds: 90, segments })).dataSize).toBe(90 * SAMPLE_RATE)
    expect(header(renderWav({ durationSeconds: 7200, segments })).dataSize).toBe(
      MAX_RECORDING_SECONDS * SAMPLE_RATE,
    )
  })

  test('sounds during segments and is silent in the gaps and after the last segment', () => {
    const samples = renderWav({ durationSeconds: 12, segments }).subarray(44)
    const loudness = (fromSeconds: number, toSeconds: number) =>
      Math.max(
        ...samples
          .subarray(fromSeconds * SAMPLE_RATE, toSeconds * SAMPLE_RATE)
          .map((sample) => Math.abs(sample - 128)),
      )
    expect(loudness(0, 4)).toBeGreaterThan(50)
    expect(loudness(5, 9)).toBeGreaterThan(50)
    expect(loudness(9.5, 12)).toBe(0)
    const speakerPitch = (fromSeconds: number) => {
      const window = samples.subarray(fromSeconds * SAMPLE_RATE, fromSeconds * SAMPLE_RATE + 800)
      let crossings = 0
      for (let index = 1; index < window.length; index++) {
        if ((window[index - 1] ?? 128) < 128 !== (window[index] ?? 128) < 128) {
          crossings++
        }
      }
      return crossings
    }
    expect(speakerPitch(5)).not.toBe(speakerPitch(0))
  })

  test('beeps every two seconds when there are no segments', () => {
    const samples = renderWav({ durationSeconds: 5, segments: [] }).subarray(44)
    const loud = (second: number) =>
      samples.subarray(second * SAMPLE_RATE, second * SAMPLE_RATE + 800).some((s) => s !== 128)
    expect([loud(0), loud(1), loud(2), loud(3), loud(4)]).toEqual([true, false, true, false, true])
  })
})
