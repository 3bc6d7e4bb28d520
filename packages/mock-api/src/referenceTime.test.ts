import { describe, expect, test } from 'vitest'
import { createMockApi } from './createMockApi.ts'
import type { AuraCall } from './data/callTypes.ts'
import { DAY_MS, REFERENCE_TIME } from './data/constants.ts'
import { SPECIAL_CALL_IDS } from './data/specialCalls.ts'
import { createDb } from './db.ts'
import { auraJson, collectAll } from './test-utils/requests.ts'

const counts = { leads: 300, calls: 200, octanistLeads: 300 }
const shift = (iso: string | null, delta: number) =>
  iso === null ? null : new Date(Date.parse(iso) + delta).toISOString()

describe('referenceTime', () => {
  test('the default is REFERENCE_TIME: the same bytes as before', () => {
    const implicit = createDb(7, counts)
    const explicit = createDb(7, counts, REFERENCE_TIME)
    expect(implicit.referenceTime).toBe(REFERENCE_TIME)
    expect(JSON.stringify([explicit.leads, explicit.calls, explicit.octanistLeads])).toBe(
      JSON.stringify([implicit.leads, implicit.calls, implicit.octanistLeads]),
    )
    expect(createMockApi({ counts }).db.referenceTime).toBe(REFERENCE_TIME)
  })

  test('the same seed and reference time give byte-identical data', () => {
    const at = Date.parse('2031-02-03T04:05:06.789Z')
    const snapshot = () => {
      const db = createDb(7, counts, at)
      return JSON.stringify([db.leads, db.calls, db.octanistLeads])
    }
    expect(snapshot()).toBe(snapshot())
  })

  test('moving the reference time by whole quarter hours moves every Aura timestamp by as much', () => {
    const delta = 400 * DAY_MS + 15 * 60_000
    const base = createDb(7, counts)
    const moved = createDb(7, counts, REFERENCE_TIME + delta)
    expect(moved.leads.map((lead) => lead.id)).toEqual(base.leads.map((lead) => lead.id))
    expect(
      moved.leads.map((lead) => [lead.created_at, lead.updated_at, lead.last_payment_at]),
    ).toEqual(
      base.leads.map((lead) => [
        shift(lead.created_at, delta),
        shift(lead.updated_at, delta),
        shift(lead.last_payment_at, delta),
      ]),
    )
    const times = (call: AuraCall) => [
      call.id,
      call.status ?? call.outcome,
      call.scheduled_at,
      call.started_at,
      call.ended_at,
      call.created_at,
    ]
    expect(moved.calls.map(times)).toEqual(
      base.calls.map((call) => [
        call.id,
        call.status ?? call.outcome,
        shift(call.scheduled_at, delta),
        shift(call.started_at, delta),
        shift(call.ended_at, delta),
        shift(call.created_at, delta),
      ]),
    )
    expect(moved.octanistLeads.map((lead) => lead.createdAt)).toEqual(
      base.octanistLeads.map((lead) => shift(lead.createdAt, delta)),
    )
  })

  test('leads are before it, upcoming calls in the month after it, special calls in the past', () => {
    const at = Date.parse('2030-01-15T10:20:30.000Z')
    const db = createDb(3, counts, at)
    expect(db.leads.every((lead) => Date.parse(lead.created_at) <= at)).toBe(true)
    expect(db.octanistLeads.every((lead) => Date.parse(lead.createdAt) <= at)).toBe(true)
    const upcoming = db.calls.filter((call) => Date.parse(call.scheduled_at) > at)
    expect(upcoming.length).toBeGreaterThan(0)
    expect(upcoming.every((call) => Date.parse(call.scheduled_at) <= at + 31 * DAY_MS)).toBe(true)
    expect(upcoming.every((call) => call.status !== 'completed' && call.status !== 'closed')).toBe(
      true,
    )
    for (const id of Object.values(SPECIAL_CALL_IDS)) {
      const call = db.findCall(id)
      expect(call).toBeDefined()
      expect(Date.parse(call?.scheduled_at ?? '')).toBeLessThan(at)
    }
  })

  test('createMockApi({ referenceTime: now }): is_upcoming finds scheduled calls with a real clock', async () => {
    const started = Date.now()
    const api = createMockApi({ counts, rateLimit: false, referenceTime: started })
    const rows = await collectAll<AuraCall>(api, '/v1/calls?is_upcoming=true&status=scheduled')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((call) => Date.parse(call.scheduled_at) > started)).toBe(true)
    // Without it the data stays around 2026-06-01.
    const old = createMockApi({ counts, rateLimit: false, now: () => REFERENCE_TIME + 60 * DAY_MS })
    expect((await auraJson<AuraCall[]>(old, '/v1/calls?is_upcoming=true')).body.data).toEqual([])
  })

  test('reset() and db.seed() keep the reference time', () => {
    const at = Date.parse('2029-09-09T09:00:00.000Z')
    const api = createMockApi({ counts, referenceTime: at })
    const before = JSON.stringify(api.db.leads)
    api.reset()
    expect(JSON.stringify(api.db.leads)).toBe(before)
    api.db.seed(9)
    expect(api.db.leads.every((lead) => Date.parse(lead.created_at) <= at)).toBe(true)
    expect(JSON.stringify(api.db.leads)).toBe(JSON.stringify(createDb(9, counts, at).leads))
  })

  test('a reference time that is not a finite number is rejected', () => {
    expect(() => createMockApi({ referenceTime: Number.NaN })).toThrow(/referenceTime/)
  })
})
