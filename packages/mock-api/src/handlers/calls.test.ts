import { describe, expect, test } from 'vitest'
import { createMockApi } from '../createMockApi.ts'
import type { AuraCall } from '../data/callTypes.ts'
import { BOOKING_LINKS, CLOSER_IDS, REFERENCE_TIME, SETTER_IDS } from '../data/constants.ts'
import { auraJson, collectAll, ORIGIN } from '../test-utils/requests.ts'

const api = createMockApi({ rateLimit: false, now: () => REFERENCE_TIME })
const sample = api.db.calls.find((call) => call.setter_id !== null && call.booking_link_id !== null)
const withRecording = api.db.calls.find((call) => call.has_recording)
const status = (call: AuraCall) => call.status ?? call.outcome
const upcoming = (call: AuraCall) => Date.parse(call.scheduled_at) > REFERENCE_TIME

describe('GET /v1/calls', () => {
  test('pages through every call exactly once, newest first', async () => {
    const rows = await collectAll<AuraCall>(api, '/v1/calls')
    expect(rows.map((call) => call.id)).toEqual(api.db.calls.map((call) => call.id))
  })

  const cases: [string, (call: AuraCall) => boolean][] = [
    ['status=completed', (call) => status(call) === 'completed'],
    ['status=no_show', (call) => status(call) === 'no_show'],
    [`lead_id=${sample?.lead_id}`, (call) => call.lead_id === sample?.lead_id],
    [`closer_id=${CLOSER_IDS[0]}`, (call) => call.closer_id === CLOSER_IDS[0]],
    [`setter_id=${SETTER_IDS[1]}`, (call) => call.setter_id === SETTER_IDS[1]],
    [
      `booking_link_id=${BOOKING_LINKS[2]?.id}`,
      (call) => call.booking_link_id === BOOKING_LINKS[2]?.id,
    ],
    ['is_upcoming=true', upcoming],
    ['is_upcoming=false', (call) => !upcoming(call)],
    ['is_upcoming=true&status=scheduled', (call) => upcoming(call) && status(call) === 'scheduled'],
    [
      `is_upcoming=false&closer_id=${CLOSER_IDS[1]}&status=closed`,
      (call) => !upcoming(call) && call.closer_id === CLOSER_IDS[1] && status(call) === 'closed',
    ],
  ]

  test.each(cases)('filter %s returns exactly the matching calls', async (query, predicate) => {
    const expected = api.db.calls.filter(predicate).map((call) => call.id)
    expect(expected.length).toBeGreaterThan(0)
    const rows = await collectAll<AuraCall>(api, `/v1/calls?${query}`)
    expect(rows.map((call) => call.id)).toEqual(expected)
  })

  test('the status filter also matches legacy calls that only carry outcome', async () => {
    const legacy = api.db.calls.find((call) => call.status === undefined)
    const rows = await collectAll<AuraCall>(api, `/v1/calls?status=${legacy?.outcome}`)
    expect(rows.map((call) => call.id)).toContain(legacy?.id)
    expect(rows.find((call) => call.id === legacy?.id)).not.toHaveProperty('status')
  })

  test('is_upcoming follows the injected clock', async () => {
    const later = createMockApi({ rateLimit: false, now: () => REFERENCE_TIME + 60 * 86_400_000 })
    const { body } = await auraJson<AuraCall[]>(later, '/v1/calls?is_upcoming=true')
    expect(body.data).toEqual([])
  })

  test.each([
    ['lead_id=abc', 'lead_id'],
    ['lead_id=550e8400e29b41d4a716446655440000', 'lead_id'],
    ['closer_id=bob', 'closer_id'],
    ['setter_id=user-1', 'setter_id'],
    ['booking_link_id=link-1', 'booking_link_id'],
    ['is_upcoming=yes', 'is_upcoming'],
    ['is_upcoming=1', 'is_upcoming'],
    ['limit=101', 'limit'],
  ])('%s is a 400 VALIDATION_ERROR', async (query, name) => {
    const { response, body } = await auraJson(api, `/v1/calls?${query}`)
    expect(response.status).toBe(400)
    expect(body.code).toBe('VALIDATION_ERROR')
    expect(body.error).toContain(name)
  })

  test('a leads cursor is not a calls cursor', async () => {
    const { body: leads } = await auraJson(api, '/v1/leads?limit=1')
    const { response, body } = await auraJson(
      api,
      `/v1/calls?cursor=${leads.pagination?.next_cursor}`,
    )
    expect([response.status, body.code]).toEqual([400, 'INVALID_CURSOR'])
  })
})

describe('GET /v1/calls/{id}', () => {
  test('returns the call with its transcript inline', async () => {
    const call = api.db.calls.find(
      (candidate) => candidate.transcript_data !== null && !candidate.has_recording,
    )
    const { response, body } = await auraJson<AuraCall>(api, `/v1/calls/${call?.id}`)
    expect(response.status).toBe(200)
    expect(body.data).toEqual(JSON.parse(JSON.stringify(call)))
    expect(body.data.transcript_data?.segments.length).toBeGreaterThanOrEqual(5)
  })

  test('makes recording_url absolute on the request origin, or on mediaBaseUrl', async () => {
    const { body } = await auraJson<AuraCall>(api, `/v1/calls/${withRecording?.id}`)
    expect(body.data.recording_url).toBe(`${ORIGIN}/media/recordings/${withRecording?.id}.wav`)
    const cdn = createMockApi({
      counts: { leads: 300, calls: 300, octanistLeads: 0 },
      mediaBaseUrl: 'https://media.example.com',
    })
    const recorded = cdn.db.calls.find((call) => call.has_recording)
    const { body: fromCdn } = await auraJson<AuraCall>(cdn, `/v1/calls/${recorded?.id}`)
    expect(fromCdn.data.recording_url).toBe(
      `https://media.example.com/media/recordings/${recorded?.id}.wav`,
    )
    expect(cdn.db.calls.find((call) => call.id === recorded?.id)?.recording_url).toMatch(
      /^\/media\//,
    )
  })

  test('unknown ids are 404 "Call not found"; non-UUIDs are 400', async () => {
    const missing = await auraJson(api, '/v1/calls/550e8400-e29b-41d4-a716-446655440000')
    expect([missing.response.status, missing.body.error]).toEqual([404, 'Call not found'])
    expect((await auraJson(api, '/v1/calls/42')).response.status).toBe(400)
  })
})
