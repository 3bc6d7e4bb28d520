import { describe, expect, test } from 'vitest'
import { CLICK_ID_KEYS } from './data/channels.ts'
import {
  BOOKING_LINKS,
  CLERK_USERS,
  CLOSER_IDS,
  LEAD_STATUSES,
  OCTANIST_SOURCES,
  OCTANIST_STATUSES,
  REFERENCE_TIME,
} from './data/constants.ts'
import { createLead } from './data/createLead.ts'
import {
  HOSTILE_LEAD_IDS,
  HOSTILE_LEAD_POSITIONS,
  HOSTILE_OCTANIST_LEAD_IDS,
} from './data/hostileLeads.ts'
import { SPECIAL_CALL_IDS } from './data/specialCalls.ts'
import { compareNewestFirst, createDb } from './db.ts'
import { isIanaTimeZone } from './handlers/leadInput.ts'

const db = createDb()
const DAY = 86_400_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const CLERK = /^user_[A-Za-z0-9]+$/
const E164 = /^\+[1-9]\d{1,14}$/

const isSorted = <T extends { created_at: string; id: string }>(rows: readonly T[]): boolean =>
  rows.every((row, index) => index === 0 || compareNewestFirst(rows[index - 1] as T, row) < 0)

describe('determinism', () => {
  const snapshot = (seed: number) => {
    const small = createDb(seed, { leads: 300, calls: 120, octanistLeads: 300 })
    return JSON.stringify([small.leads, small.calls, small.octanistLeads])
  }

  test('the same seed gives byte-identical data, transcripts included', () => {
    expect(snapshot(7)).toBe(snapshot(7))
  })

  test('a different seed gives different data', () => {
    expect(snapshot(7)).not.toBe(snapshot(8))
  })

  test('the default dataset does not depend on the wall clock', () => {
    const again = createDb()
    expect(JSON.stringify(again.leads.slice(0, 200))).toBe(JSON.stringify(db.leads.slice(0, 200)))
    expect(db.leads.every((lead) => Date.parse(lead.created_at) <= REFERENCE_TIME)).toBe(true)
  })
})

describe('counts', () => {
  test('defaults to 5,000 leads, 2,000 calls and 5,000 Octanist leads', () => {
    expect([db.leads.length, db.calls.length, db.octanistLeads.length]).toEqual([5000, 2000, 5000])
  })

  test('honours custom counts, including zero leads', () => {
    const small = createDb(1, { leads: 10, calls: 4, octanistLeads: 0 })
    expect([small.leads.length, small.calls.length, small.octanistLeads.length]).toEqual([10, 4, 0])
    expect(createDb(1, { leads: 0, calls: 5 }).calls).toEqual([])
  })
})

describe('aura leads', () => {
  const seeded = db.leads.filter(
    (lead) => !Object.values(HOSTILE_LEAD_IDS).some((id) => id === lead.id),
  )

  test('are sorted newest first with unique UUID ids', () => {
    expect(isSorted(db.leads)).toBe(true)
    expect(new Set(db.leads.map((lead) => lead.id)).size).toBe(db.leads.length)
    expect(seeded.every((lead) => UUID.test(lead.id))).toBe(true)
  })

  test('span ~18 months before the reference date, updated after created', () => {
    const times = db.leads.map((lead) => Date.parse(lead.created_at))
    expect(Math.min(...times)).toBeGreaterThan(REFERENCE_TIME - 550 * DAY)
    expect(Math.min(...times)).toBeLessThan(REFERENCE_TIME - 500 * DAY)
    expect(db.leads.every((lead) => lead.updated_at >= lead.created_at)).toBe(true)
  })

  test('have realistic, valid field values', () => {
    const statuses = new Set(seeded.map((lead) => lead.status))
    expect([...statuses].sort()).toEqual([...LEAD_STATUSES].sort())
    expect(seeded.every((lead) => lead.phone === null || E164.test(lead.phone))).toBe(true)
    const timeZones = new Set(
      seeded.flatMap((lead) => (lead.timezone === null ? [] : [lead.timezone])),
    )
    expect([...timeZones].every(isIanaTimeZone)).toBe(true)
    expect(
      seeded.every((lead) => lead.email !== null && /^[^\s@]+@[^\s@]+\.[a-z.]+$/.test(lead.email)),
    ).toBe(true)
    expect(
      seeded.every((lead) => lead.assigned_to_id === null || CLERK.test(lead.assigned_to_id)),
    ).toBe(true)
    const countries = new Set(seeded.map((lead) => lead.metadata?.countryCode).filter(Boolean))
    expect(countries.size).toBeGreaterThan(10)
  })

  test('have 0–8 notes written by Clerk users, in time order', () => {
    const counts = seeded.map((lead) => lead.notes?.length ?? 0)
    expect(Math.min(...counts)).toBe(0)
    expect(Math.max(...counts)).toBe(8)
    const notes = seeded.flatMap((lead) => lead.notes ?? [])
    expect(notes.every((note) => note.user_id === null || CLERK.test(note.user_id))).toBe(true)
    expect(
      seeded.every((lead) =>
        (lead.notes ?? []).every(
          (note, i, all) => i === 0 || (all[i - 1]?.created_at ?? '') <= note.created_at,
        ),
      ),
    ).toBe(true)
  })

  test('carry 0–2 click ids across many ad platforms', () => {
    const perLead = seeded.map((lead) =>
      CLICK_ID_KEYS.filter((key) => typeof lead.metadata?.[key] === 'string'),
    )
    expect(Math.max(...perLead.map((keys) => keys.length))).toBe(2)
    expect(perLead.some((keys) => keys.length === 0)).toBe(true)
    expect(new Set(perLead.flat()).size).toBe(CLICK_ID_KEYS.length)
  })

  test('fill payments in cents for won leads and disqualification data only for disqualified ones', () => {
    const won = seeded.filter((lead) => lead.status === 'won')
    expect(
      won.every((lead) => (lead.payment_count ?? 0) >= 1 && (lead.total_paid_cents ?? 0) >= 50_000),
    ).toBe(true)
    expect(
      seeded.every(
        (lead) => (lead.disqualification_data !== null) === (lead.status === 'disqualified'),
      ),
    ).toBe(true)
  })

  test('leave roughly 10% of optional fields null and include unknown extra keys', () => {
    const nullPhones = seeded.filter((lead) => lead.phone === null).length / seeded.length
    expect(nullPhones).toBeGreaterThan(0.06)
    expect(nullPhones).toBeLessThan(0.14)
    expect(seeded.some((lead) => lead.crm_sync_state !== undefined)).toBe(true)
    expect(seeded.some((lead) => typeof lead.metadata?.hsutk === 'string')).toBe(true)
  })

  test('include the hostile leads at fixed positions', () => {
    expect(HOSTILE_LEAD_POSITIONS.map((position) => db.leads[position]?.id)).toEqual(
      Object.values(HOSTILE_LEAD_IDS),
    )
    const byId = (id: string) => db.findLead(id)
    expect(byId(HOSTILE_LEAD_IDS.scriptName)?.full_name).toContain('<script>alert(1)</script>')
    expect(byId(HOSTILE_LEAD_IDS.javascriptUrls)?.metadata?.referrer).toBe('javascript:alert(1)')
    expect(byId(HOSTILE_LEAD_IDS.hugeNote)?.notes?.[0]?.content.length).toBe(100_000)
    expect(byId(HOSTILE_LEAD_IDS.rightToLeft)?.company).toContain('\u202E')
    const allNull = byId(HOSTILE_LEAD_IDS.allNull)
    expect([
      allNull?.full_name,
      allNull?.phone,
      allNull?.metadata,
      allNull?.source,
      allNull?.notes,
    ]).toEqual([null, null, null, null, null])
  })
})

describe('calls', () => {
  const leadIds = new Set(db.leads.map((lead) => lead.id))
  const regular = db.calls.filter(
    (call) => !Object.values(SPECIAL_CALL_IDS).some((id) => id === call.id),
  )

  test('belong to existing leads, closers and booking links from the fixed pools', () => {
    expect(isSorted(db.calls)).toBe(true)
    expect(db.calls.every((call) => leadIds.has(call.lead_id))).toBe(true)
    expect(
      db.calls.every((call) => call.closer_id !== null && CLOSER_IDS.includes(call.closer_id)),
    ).toBe(true)
    const setters = new Set(CLERK_USERS.map((user) => user.id))
    expect(db.calls.every((call) => call.setter_id === null || setters.has(call.setter_id))).toBe(
      true,
    )
    const links = new Set(BOOKING_LINKS.map((link) => link.id))
    expect(
      db.calls.every((call) => call.booking_link_id === null || links.has(call.booking_link_id)),
    ).toBe(true)
  })

  test('are scheduled from ~12 months before to ~1 month after the reference date', () => {
    const times = db.calls.map((call) => Date.parse(call.scheduled_at))
    expect(Math.min(...times)).toBeGreaterThanOrEqual(REFERENCE_TIME - 366 * DAY)
    expect(Math.max(...times)).toBeLessThanOrEqual(REFERENCE_TIME + 31 * DAY)
    expect(times.some((time) => time > REFERENCE_TIME)).toBe(true)
  })

  test('a few old calls carry the legacy outcome instead of status', () => {
    const legacy = db.calls.filter((call) => call.status === undefined)
    expect(legacy.length).toBeGreaterThan(0)
    expect(legacy.every((call) => typeof call.outcome === 'string')).toBe(true)
  })

  test('about 10% have a recording path; transcripts have 5–300 segments and 2–3 speakers', () => {
    const withRecording = db.calls.filter((call) => call.has_recording)
    expect(withRecording.length / db.calls.length).toBeGreaterThan(0.05)
    expect(withRecording.length / db.calls.length).toBeLessThan(0.15)
    expect(
      withRecording.every((call) => call.recording_url === `/media/recordings/${call.id}.wav`),
    ).toBe(true)
    const transcripts = regular.flatMap((call) =>
      call.transcript_data ? [call.transcript_data] : [],
    )
    expect(transcripts.length).toBeGreaterThan(500)
    for (const transcript of transcripts) {
      expect(transcript.segments.length).toBeGreaterThanOrEqual(5)
      expect(transcript.segments.length).toBeLessThanOrEqual(300)
      const speakers = new Set(transcript.segments.map((segment) => segment.speaker))
      expect(speakers.size).toBeGreaterThanOrEqual(1)
      expect(speakers.size).toBeLessThanOrEqual(3)
    }
    expect(transcripts.some((t) => new Set(t.segments.map((s) => s.speaker)).size === 3)).toBe(true)
  })

  test('include the special transcripts', () => {
    const find = (id: string) => db.findCall(id)
    const long = find(SPECIAL_CALL_IDS.longCall)?.transcript_data
    expect(long?.segments.length).toBe(3000)
    expect(long?.duration_seconds).toBe(7200)
    expect(find(SPECIAL_CALL_IDS.emptySegments)?.transcript_data?.segments).toEqual([])
    expect(find(SPECIAL_CALL_IDS.noTranscript)?.transcript_data).toBeNull()
    const unsorted = find(SPECIAL_CALL_IDS.unsortedSegments)?.transcript_data?.segments ?? []
    expect(
      unsorted.some(
        (segment, i) => i > 0 && segment.start_seconds < (unsorted[i - 1]?.start_seconds ?? 0),
      ),
    ).toBe(true)
    expect(
      unsorted.some(
        (segment, i) => segment.end_seconds > (unsorted[i + 1]?.start_seconds ?? Infinity),
      ),
    ).toBe(true)
    const missing = find(SPECIAL_CALL_IDS.missingSpeakers)?.transcript_data?.segments ?? []
    expect(missing.some((segment) => segment.speaker === null)).toBe(true)
    expect(missing.some((segment) => segment.speaker === '')).toBe(true)
    expect(missing.some((segment) => !('speaker' in segment))).toBe(true)
  })
})

describe('octanist leads', () => {
  test('use lead_ ids and the documented enums', () => {
    expect(db.octanistLeads.every((lead) => /^lead_[a-z0-9]+$/.test(lead.id))).toBe(true)
    expect(new Set(db.octanistLeads.map((lead) => lead.status))).toEqual(new Set(OCTANIST_STATUSES))
    const sources = new Set(db.octanistLeads.map((lead) => lead.source))
    expect([...sources].filter((source) => source !== null).sort()).toEqual(
      [...OCTANIST_SOURCES].sort(),
    )
  })

  test('encode custom as a JSON string and keep click ids sparse', () => {
    const customs = db.octanistLeads.flatMap((lead) => (lead.custom === null ? [] : [lead.custom]))
    expect(customs.length).toBeGreaterThan(1000)
    expect(customs.every((custom) => typeof JSON.parse(custom) === 'object')).toBe(true)
    const withGclid = db.octanistLeads.filter((lead) => lead.gclid !== null).length
    expect(withGclid).toBeGreaterThan(0)
    expect(withGclid).toBeLessThan(db.octanistLeads.length / 4)
  })

  test('include hostile leads', () => {
    const ids = new Set(db.octanistLeads.map((lead) => lead.id))
    expect(Object.values(HOSTILE_OCTANIST_LEAD_IDS).every((id) => ids.has(id))).toBe(true)
  })
})

describe('mutation', () => {
  test('insertLead keeps the newest-first order and reset() drops inserted leads', () => {
    const small = createDb(3, { leads: 50, calls: 0, octanistLeads: 0 })
    const original = JSON.stringify(small.leads)
    const middle = small.leads[25]
    small.insertLead(createLead({ id: small.newId(), created_at: middle?.created_at ?? '' }))
    small.insertLead(createLead({ id: small.newId(), created_at: '2030-01-01T00:00:00.000Z' }))
    expect(small.leads).toHaveLength(52)
    expect(small.leads[0]?.created_at).toBe('2030-01-01T00:00:00.000Z')
    expect(isSorted(small.leads)).toBe(true)
    small.reset()
    expect(JSON.stringify(small.leads)).toBe(original)
  })

  test('seed() replaces the dataset and becomes what reset() restores', () => {
    const small = createDb(3, { leads: 20, calls: 0, octanistLeads: 0 })
    small.seed(4)
    const reseeded = JSON.stringify(small.leads)
    expect(reseeded).toBe(
      JSON.stringify(createDb(4, { leads: 20, calls: 0, octanistLeads: 0 }).leads),
    )
    small.reset()
    expect(JSON.stringify(small.leads)).toBe(reseeded)
    expect(small.currentSeed).toBe(4)
  })
})
