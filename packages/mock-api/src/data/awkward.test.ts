import { describe, expect, test } from 'vitest'
import { createMockApi } from '../createMockApi.ts'
import { createDb } from '../db.ts'
import { presentCall } from '../handlers/calls.ts'
import {
  type AuraBody,
  auraJson,
  collectAll,
  ORIGIN,
  octanistJson,
} from '../test-utils/requests.ts'
import {
  AWKWARD_RTL_TEXTS,
  AWKWARD_UNKNOWN_KEYS,
  type AwkwardRecord,
  makeAwkward,
} from './awkward.ts'
import type { TranscriptSegment } from './callTypes.ts'
import { SPECIAL_CALL_IDS } from './specialCalls.ts'

const db = createDb(42, { leads: 200, calls: 200, octanistLeads: 200 })
const leads = db.leads.map((lead) => makeAwkward(lead, 'lead', 42))
const calls = db.calls.map((call) => makeAwkward(call, 'call', 42))
const octanist = db.octanistLeads.map((lead) => makeAwkward(lead, 'octanistLead', 42))

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const field = (record: AwkwardRecord, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), record)
const some = (records: AwkwardRecord[], predicate: (record: AwkwardRecord) => boolean) =>
  records.filter(predicate).length
const isRtl = (value: unknown) =>
  typeof value === 'string' && AWKWARD_RTL_TEXTS.some((text) => value.includes(text))
const isLong = (value: unknown) => typeof value === 'string' && value.length > 2000
const depth = (value: unknown): number =>
  isObject(value)
    ? 1 + Math.max(0, ...Object.values(value).map(depth))
    : Array.isArray(value)
      ? Math.max(0, ...value.map(depth))
      : 0
const hasUnknownKey = (value: unknown) =>
  isObject(value) && ['x_debug', ...AWKWARD_UNKNOWN_KEYS].some((key) => key in value)

describe('makeAwkward is a pure function of (record, kind, seed)', () => {
  test('the same input gives the same output, and the input is left alone', () => {
    const lead = db.leads[7]
    const call = db.calls.find((candidate) => candidate.transcript_data !== null)
    if (lead === undefined || call === undefined) {
      throw new Error('fixture missing')
    }
    const before = JSON.stringify([lead, call])
    expect(makeAwkward(lead, 'lead', 42)).toEqual(makeAwkward(lead, 'lead', 42))
    expect(JSON.stringify(makeAwkward(call, 'call', 42))).toBe(
      JSON.stringify(makeAwkward(call, 'call', 42)),
    )
    expect(JSON.stringify([lead, call])).toBe(before)
  })

  test('the choices are drawn per record id and seed', () => {
    const lead = db.leads[10]
    if (lead === undefined) {
      throw new Error('fixture missing')
    }
    // Same record under another seed, or another id with the same content: different choices.
    const seeds = new Set(
      [1, 2, 3, 4, 5].map((seed) => JSON.stringify(makeAwkward(lead, 'lead', seed))),
    )
    expect(seeds.size).toBeGreaterThan(1)
    const renamed = ['a', 'b', 'c', 'd'].map((suffix) =>
      JSON.stringify({
        ...makeAwkward({ ...lead, id: `${lead.id}${suffix}` }, 'lead', 42),
        id: '',
      }),
    )
    expect(new Set(renamed).size).toBeGreaterThan(1)
  })
})

describe('every record keeps its id and its data', () => {
  test.each([
    ['lead', db.leads, leads],
    ['call', db.calls, calls],
    ['octanistLead', db.octanistLeads, octanist],
  ] as const)('%s: same string id, every original key still there', (_kind, originals, awkward) => {
    expect(awkward).toHaveLength(originals.length)
    originals.forEach((original, index) => {
      const record = awkward[index] as AwkwardRecord
      expect(typeof record.id).toBe('string')
      expect(record.id).toBe(original.id)
      for (const key of Object.keys(original)) {
        expect(record).toHaveProperty([key])
      }
    })
  })

  test('transcripts keep every segment in order and only gain bad ones', () => {
    const withTranscript = db.calls.filter((call) => call.transcript_data !== null)
    expect(withTranscript.length).toBeGreaterThan(20)
    for (const call of withTranscript) {
      const original = call.transcript_data?.segments ?? []
      const segments = field(makeAwkward(call, 'call', 42), 'transcript_data.segments') as unknown[]
      expect(segments.length).toBeGreaterThanOrEqual(original.length + 2)
      expect(segments).toContain(null)
      expect(segments).toContainEqual(expect.objectContaining({ start_seconds: '0' }))
      const key = (segment: unknown) =>
        isObject(segment)
          ? JSON.stringify([
              segment.start_seconds,
              segment.end_seconds,
              segment.speaker,
              segment.text,
            ])
          : 'null'
      const kept = segments.map(key)
      let from = 0
      for (const segment of original as TranscriptSegment[]) {
        from = kept.indexOf(key(segment), from) + 1
        expect(from).toBeGreaterThan(0)
      }
    }
  })

  test('the 3,000-segment call stays long', () => {
    const full = createDb(42, { leads: 300, calls: 300, octanistLeads: 0 })
    const long = full.findCall(SPECIAL_CALL_IDS.longCall)
    if (long === undefined) {
      throw new Error('long call missing')
    }
    const segments = field(makeAwkward(long, 'call', 42), 'transcript_data.segments') as unknown[]
    expect(segments.length).toBeGreaterThanOrEqual((long.transcript_data?.segments.length ?? 0) + 2)
    expect(long.transcript_data?.segments.length).toBeGreaterThan(2500)
  })
})

describe('the awkward shapes all occur within 200 records', () => {
  const cases: [string, AwkwardRecord[], (record: AwkwardRecord) => boolean][] = [
    [
      'lead: null inside notes',
      leads,
      (lead) => (field(lead, 'notes') as unknown[] | null)?.includes(null) === true,
    ],
    ['lead: metadata is a string', leads, (lead) => typeof lead.metadata === 'string'],
    [
      'lead: metadata.latitude is "north"',
      leads,
      (lead) => field(lead, 'metadata.latitude') === 'north',
    ],
    ['lead: source is 42', leads, (lead) => lead.source === 42],
    ['lead: updated_at is ""', leads, (lead) => lead.updated_at === ''],
    ['lead: updated_at is "string"', leads, (lead) => lead.updated_at === 'string'],
    [
      'lead: a note timestamp that is not a date',
      leads,
      (lead) =>
        ((lead.notes as unknown[] | null) ?? []).some(
          (note) => isObject(note) && Number.isNaN(Date.parse(String(note.created_at))),
        ),
    ],
    ['lead: unknown keys at the top', leads, hasUnknownKey],
    ['lead: unknown keys in metadata', leads, (lead) => hasUnknownKey(lead.metadata)],
    ['lead: unknown keys in source', leads, (lead) => hasUnknownKey(lead.source)],
    [
      'lead: unknown keys in a note',
      leads,
      (lead) => ((lead.notes as unknown[] | null) ?? []).some(hasUnknownKey),
    ],
    ['lead: nesting at least 6 deep', leads, (lead) => depth(lead.x_debug) >= 6],
    ['lead: right-to-left name', leads, (lead) => isRtl(lead.full_name)],
    ['lead: very long company', leads, (lead) => isLong(lead.company)],
    [
      'call: null inside action_items',
      calls,
      (call) => (call.action_items as unknown[] | null)?.includes(null) === true,
    ],
    [
      'call: null inside form_data',
      calls,
      (call) => (call.form_data as unknown[] | null)?.includes(null) === true,
    ],
    ['call: transcript_data is []', calls, (call) => Array.isArray(call.transcript_data)],
    ['call: unknown keys in transcript_data', calls, (call) => hasUnknownKey(call.transcript_data)],
    [
      'call: unknown keys in an action item',
      calls,
      (call) => ((call.action_items as unknown[] | null) ?? []).some(hasUnknownKey),
    ],
    [
      'call: started_at is not a date',
      calls,
      (call) => typeof call.started_at === 'string' && Number.isNaN(Date.parse(call.started_at)),
    ],
    [
      'call: duration_minutes is a string',
      calls,
      (call) => typeof call.duration_minutes === 'string',
    ],
    ['call: right-to-left notes', calls, (call) => isRtl(call.notes)],
    ['call: very long ai_summary', calls, (call) => isLong(call.ai_summary)],
    ['octanist: source is 42', octanist, (lead) => lead.source === 42],
    ['octanist: value is a string', octanist, (lead) => typeof lead.value === 'string'],
    [
      'octanist: custom is not valid JSON',
      octanist,
      (lead) => {
        try {
          JSON.parse(String(lead.custom))
          return false
        } catch {
          return typeof lead.custom === 'string'
        }
      },
    ],
    ['octanist: updatedAt is ""', octanist, (lead) => lead.updatedAt === ''],
    [
      'octanist: null inside an unknown array',
      octanist,
      (lead) => Array.isArray(lead.tags) && lead.tags.includes(null),
    ],
    ['octanist: right-to-left name', octanist, (lead) => isRtl(lead.name)],
    ['octanist: very long note', octanist, (lead) => isLong(lead.note)],
  ]
  test.each(cases)('%s', (_name, records, predicate) => {
    expect(some(records, predicate)).toBeGreaterThan(0)
  })

  test('every record gets unknown keys at the top', () => {
    expect([...leads, ...calls, ...octanist].every(hasUnknownKey)).toBe(true)
  })

  test('the output is plain JSON (round-trips unchanged)', () => {
    for (const record of [...leads.slice(0, 50), ...calls.slice(0, 50), ...octanist.slice(0, 50)]) {
      expect(JSON.parse(JSON.stringify(record))).toEqual(record)
    }
  })
})

describe('through the fetch handler', () => {
  const counts = { leads: 120, calls: 80, octanistLeads: 120 }
  const awkwardApi = createMockApi({ counts, rateLimit: false, dataMode: 'awkward' })
  const seededApi = createMockApi({ counts, rateLimit: false })

  test('dataMode "awkward": list rows and get-one are makeAwkward of the stored record', async () => {
    const { body } = await auraJson<AwkwardRecord[]>(awkwardApi, '/v1/leads?limit=20')
    expect(body.data).toEqual(
      awkwardApi.db.leads.slice(0, 20).map((lead) => makeAwkward(lead, 'lead', 42)),
    )
    const one = await auraJson<AwkwardRecord>(awkwardApi, `/v1/leads/${body.data[4]?.id}`)
    expect(one.body.data).toEqual(body.data[4])
  })

  test('calls keep an absolute recording_url and list = get-one', async () => {
    const { body } = await auraJson<AwkwardRecord[]>(awkwardApi, '/v1/calls?limit=80')
    const stored = awkwardApi.db.calls.map((call) =>
      makeAwkward(presentCall(call, ORIGIN), 'call', 42),
    )
    expect(body.data).toEqual(JSON.parse(JSON.stringify(stored)))
    const recorded = body.data.find((call) => call.has_recording === true)
    expect(recorded?.recording_url).toMatch(/^http:\/\/mock\.test\/media\/recordings\//)
    const one = await auraJson<AwkwardRecord>(awkwardApi, `/v1/calls/${recorded?.id}`)
    expect(one.body.data).toEqual(recorded)
  })

  test('paging, filters and cursors work on the stored data: every id once', async () => {
    const rows = await collectAll<AwkwardRecord>(awkwardApi, '/v1/leads', 7)
    expect(rows.map((row) => row.id)).toEqual(awkwardApi.db.leads.map((lead) => lead.id))
  })

  test('Octanist rows are awkward; field selection still picks only the asked fields', async () => {
    const { body } = await octanistJson<AwkwardRecord>(awkwardApi, '/api/leads?limit=30')
    expect(body.data.every(hasUnknownKey)).toBe(true)
    const picked = await octanistJson<AwkwardRecord>(
      awkwardApi,
      '/api/leads?limit=30&fields=name,source',
    )
    expect(picked.body.data.map((row) => Object.keys(row))).toEqual(
      body.data.map(() => ['id', 'name', 'source']),
    )
    expect(picked.body.data.map((row) => row.source)).toEqual(body.data.map((row) => row.source))
  })

  test('the awkwardData fault and override switch it per request, both ways', async () => {
    const plain = await auraJson<AwkwardRecord[]>(seededApi, '/v1/leads?limit=5')
    expect(plain.body.data).toEqual(JSON.parse(JSON.stringify(seededApi.db.leads.slice(0, 5))))
    const header = await auraJson<AwkwardRecord[]>(seededApi, '/v1/leads?limit=5', {
      headers: { 'x-mock-awkward-data': '1' },
    })
    expect(header.body.data).toEqual(
      seededApi.db.leads.slice(0, 5).map((lead) => makeAwkward(lead, 'lead', 42)),
    )
    const off = await auraJson<AwkwardRecord[]>(awkwardApi, '/v1/leads?limit=5&__awkward-data=0')
    expect(off.body.data).toEqual(JSON.parse(JSON.stringify(awkwardApi.db.leads.slice(0, 5))))
    const faulted = createMockApi({
      counts,
      rateLimit: false,
      faults: [{ path: '/v1/calls', awkwardData: true }],
    })
    const call = await auraJson<AwkwardRecord[]>(faulted, '/v1/calls?limit=3')
    expect(call.body.data.every(hasUnknownKey)).toBe(true)
    const lead = await auraJson<AwkwardRecord[]>(faulted, '/v1/leads?limit=3')
    expect(lead.body.data.some(hasUnknownKey)).toBe(false)
  })

  test('created leads come back as stored (only list and get-one are rewritten)', async () => {
    const api = createMockApi({ counts, rateLimit: false, dataMode: 'awkward' })
    const response = await api.handle(
      new Request(`${ORIGIN}/v1/leads`, {
        method: 'POST',
        headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'new@example.com' }),
      }),
    )
    const body = (await response.json()) as AuraBody<AwkwardRecord>
    expect(response.status).toBe(201)
    expect(hasUnknownKey(body.data)).toBe(false)
  })
})
