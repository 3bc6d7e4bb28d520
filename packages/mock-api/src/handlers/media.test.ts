import { describe, expect, test } from 'vitest'
import { createMockApi } from '../createMockApi.ts'
import { SPECIAL_CALL_IDS } from '../data/specialCalls.ts'
import { ORIGIN } from '../test-utils/requests.ts'
import { SAMPLE_RATE } from '../wav.ts'
import { parseRange } from './media.ts'

const api = createMockApi({ counts: { leads: 400, calls: 600, octanistLeads: 0 } })
const recorded = api.db.calls.find(
  (call) => call.has_recording && call.id !== SPECIAL_CALL_IDS.longCall,
)
const unrecorded = api.db.calls.find((call) => !call.has_recording)
const media = (id: string | undefined, init?: RequestInit) =>
  api.handle(new Request(`${ORIGIN}/media/recordings/${id}.wav`, init))

describe('GET /media/recordings/{id}.wav', () => {
  test('serves a WAV as long as the transcript, without auth', async () => {
    const response = await media(recorded?.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('audio/wav')
    expect(response.headers.get('accept-ranges')).toBe('bytes')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('RIFF')
    const seconds = Math.min(600, recorded?.transcript_data?.duration_seconds ?? 0)
    expect(bytes.length).toBe(44 + seconds * SAMPLE_RATE)
    expect(response.headers.get('content-length')).toBe(String(bytes.length))
  })

  test('caps the two-hour call at ten minutes', async () => {
    const response = await media(SPECIAL_CALL_IDS.longCall)
    expect(response.headers.get('x-recording-seconds')).toBe('600')
    expect((await response.arrayBuffer()).byteLength).toBe(44 + 600 * SAMPLE_RATE)
  })

  test('answers byte ranges with 206 and Content-Range', async () => {
    const full = new Uint8Array(await (await media(recorded?.id)).arrayBuffer())
    const partial = await media(recorded?.id, { headers: { range: 'bytes=40-99' } })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe(`bytes 40-99/${full.length}`)
    expect(new Uint8Array(await partial.arrayBuffer())).toEqual(full.slice(40, 100))
    const unsatisfiable = await media(recorded?.id, { headers: { range: `bytes=${full.length}-` } })
    expect(unsatisfiable.status).toBe(416)
    expect(unsatisfiable.headers.get('content-range')).toBe(`bytes */${full.length}`)
  })

  test('HEAD gives the headers only', async () => {
    const response = await media(recorded?.id, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(44)
    expect((await response.arrayBuffer()).byteLength).toBe(0)
  })

  test('404s for calls without a recording and unknown calls', async () => {
    expect((await media(unrecorded?.id)).status).toBe(404)
    const unknown = await media('nope')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({
      success: false,
      code: 'NOT_FOUND',
      error: 'Recording not found',
    })
  })
})

describe('parseRange', () => {
  test.each([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=95-200', { start: 95, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=9-3', 'unsatisfiable'],
    ['bytes=-', 'unsatisfiable'],
    ['bytes=0-1,5-9', null],
    ['items=0-9', null],
  ] as const)('%s of 100 bytes → %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected)
  })
})
