import type { ActionItem, AuraCall, FormAnswer } from './callTypes.ts'
import {
  BOOKING_LINKS,
  type CallStatus,
  CLERK_USERS,
  CLOSER_IDS,
  DAY_MS,
  PRODUCT_IDS,
  REFERENCE_TIME,
  SETTER_IDS,
} from './constants.ts'
import type { AuraLead } from './leadTypes.ts'
import { pickFullName } from './people.ts'
import { ACTION_ITEM_TITLES, FORM_QUESTIONS, NOTE_LINES, SUMMARIES } from './phrases.ts'
import { ALPHANUMERIC, createRandom, DIGITS, orNull, type Random } from './random.ts'
import { buildTranscript, defineLazyTranscript } from './transcript.ts'

const HOUR_MS = 3_600_000

export type CallLead = Pick<AuraLead, 'id' | 'created_at' | 'full_name' | 'source'>

export function recordingPath(callId: string): string {
  return `/media/recordings/${callId}.wav`
}

export function closerName(closerId: string | null): string {
  return CLERK_USERS.find((user) => user.id === closerId)?.name ?? 'Host'
}

/**
 * One call for `lead`, scheduled between ~12 months before and ~1 month after `referenceTime`
 * (calls after it are the upcoming ones). The transcript is built lazily from `transcriptSeed`,
 * so startup stays cheap.
 */
export function buildCall(
  random: Random,
  lead: CallLead,
  transcriptSeed: number,
  referenceTime: number = REFERENCE_TIME,
): AuraCall {
  const leadCreatedMs = Date.parse(lead.created_at)
  const earliest = Math.max(referenceTime - 365 * DAY_MS, leadCreatedMs + HOUR_MS)
  const latest = referenceTime + 30 * DAY_MS
  const scheduledMs = roundTo(earliest + random.next() * (latest - earliest), 15 * 60_000)
  const upcoming = scheduledMs > referenceTime
  const status: CallStatus = upcoming
    ? random.weighted([
        ['scheduled', 85],
        ['cancelled', 10],
        ['rescheduled', 5],
      ] as const)
    : random.weighted([
        ['completed', 45],
        ['closed', 20],
        ['no_show', 15],
        ['cancelled', 12],
        ['rescheduled', 8],
      ] as const)
  const happened = status === 'completed' || status === 'closed'
  const plannedMinutes = random.pick([15, 30, 30, 45, 45, 60, 90])
  const minutes = happened
    ? Math.max(5, Math.round(plannedMinutes * (0.6 + random.next() * 0.7)))
    : plannedMinutes
  const startedMs = happened ? scheduledMs + random.int(0, 300) * 1000 : null
  const endedMs = startedMs === null ? null : startedMs + minutes * 60_000
  const createdMs = Math.min(
    Math.max(leadCreatedMs, scheduledMs - random.int(1, 21 * 24) * HOUR_MS),
    referenceTime - random.int(1, 600) * 60_000,
    scheduledMs,
  )
  const updatedMs = Math.max(
    createdMs,
    Math.min(referenceTime, (endedMs ?? createdMs) + random.int(0, 48) * HOUR_MS),
  )
  const closerId = random.pick(CLOSER_IDS)
  const withTranscript = happened && random.chance(0.85)
  const hasAnalysis = withTranscript && random.chance(0.9)
  const hasRecording = withTranscript && random.chance(0.2)
  const id = random.uuid()
  const speakers = [closerName(closerId), lead.full_name ?? 'Guest']
  if (random.chance(0.2)) {
    speakers.push(`${pickFullName(random).full} (Finance)`)
  }
  const segmentCount = Math.min(
    300,
    Math.max(5, Math.round((minutes * 60) / (8 + random.next() * 17))),
  )
  const call: AuraCall = {
    id,
    lead_id: lead.id,
    status,
    call_kind: random.weighted([
      ['booking', 7],
      ['follow_up', 2],
      ['discovery', 1],
    ] as const),
    closer_id: closerId,
    setter_id: orNull(random, () => random.pick(SETTER_IDS), 0.15),
    booking_link_id: orNull(random, () => random.pick(BOOKING_LINKS).id),
    product_id: orNull(random, () => random.pick(PRODUCT_IDS), 0.2),
    scheduled_at: iso(scheduledMs),
    started_at: startedMs === null ? null : iso(startedMs),
    ended_at: endedMs === null ? null : iso(endedMs),
    duration_minutes: orNull(random, () => minutes, 0.05),
    expected_deal_value: orNull(random, () => random.int(10, 500) * 10_000),
    conferencing_link: orNull(random, () => makeConferencingLink(random)),
    guest_rsvp_status: orNull(random, () =>
      random.pick(['yes', 'yes', 'yes', 'no', 'maybe', 'pending']),
    ),
    guest_rsvp_confirmed_at: null,
    has_analysis: hasAnalysis,
    has_recording: hasRecording,
    recording_url: hasRecording ? recordingPath(id) : null,
    ai_summary: hasAnalysis ? `${random.pick(SUMMARIES)} ${random.pick(SUMMARIES)}` : null,
    action_items: hasAnalysis ? makeActionItems(random, closerId, endedMs ?? scheduledMs) : null,
    form_data: orNull(random, () => makeFormData(random), 0.15),
    linked_payment_id: status === 'closed' ? orNull(random, () => random.uuid(), 0.3) : null,
    notes: orNull(random, () => random.pick(NOTE_LINES), 0.6),
    referral: orNull(random, () => pickFullName(random).full, 0.9),
    transcript_data: null,
    utm_source: lead.source?.utm_source ?? null,
    utm_medium: lead.source?.utm_medium ?? null,
    utm_campaign: lead.source?.utm_campaign ?? null,
    utm_content: lead.source?.utm_content ?? null,
    utm_term: lead.source?.utm_term ?? null,
    created_at: iso(createdMs),
    updated_at: iso(updatedMs),
  }
  if (call.guest_rsvp_status === 'yes') {
    call.guest_rsvp_confirmed_at = iso(createdMs + random.int(1, 120) * 60_000)
  }
  if (!upcoming && scheduledMs < referenceTime - 300 * DAY_MS && random.chance(0.15)) {
    delete call.status
    call.outcome = status
  }
  if (withTranscript) {
    defineLazyTranscript(call, () =>
      buildTranscript({
        seed: transcriptSeed,
        durationSeconds: minutes * 60,
        segmentCount,
        speakers,
        language: 'en',
      }),
    )
  }
  return call
}

const FIXTURE_LEAD: CallLead = {
  id: '650e8400-e29b-41d4-a716-446655440001',
  created_at: '2025-06-01T09:00:00.000Z',
  full_name: 'John Doe',
  source: null,
}

/** A standalone call fixture; pass a different `seed` for a different call. */
export function createCall(overrides: Partial<AuraCall> = {}, seed = 1): AuraCall {
  return Object.assign(buildCall(createRandom(seed), FIXTURE_LEAD, seed), overrides)
}

function makeActionItems(random: Random, closerId: string, afterMs: number): ActionItem[] {
  const items: ActionItem[] = []
  const count = random.int(0, 4)
  for (let index = 0; index < count; index++) {
    items.push({
      title: random.pick(ACTION_ITEM_TITLES),
      owner: random.chance(0.7) ? closerId : 'prospect',
      due_at: orNull(random, () => iso(afterMs + random.int(1, 14) * DAY_MS), 0.2),
      notes: orNull(random, () => random.pick(NOTE_LINES), 0.5),
    })
  }
  return items
}

function makeFormData(random: Random): FormAnswer[] {
  const count = random.int(2, FORM_QUESTIONS.length)
  return FORM_QUESTIONS.slice(0, count).map((question) => ({
    field_id: question.field_id,
    label: question.label,
    value: random.pick(question.answers),
  }))
}

function makeConferencingLink(random: Random): string {
  return random.weighted([
    [`https://zoom.us/j/${random.string(DIGITS, 11)}`, 5],
    [
      `https://meet.google.com/${random.string('abcdefghijklmnopqrstuvwxyz', 3)}-${random.string('abcdefghijklmnopqrstuvwxyz', 4)}-${random.string('abcdefghijklmnopqrstuvwxyz', 3)}`,
      4,
    ],
    [`https://teams.microsoft.com/l/meetup-join/${random.string(ALPHANUMERIC, 24)}`, 1],
  ])
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}
