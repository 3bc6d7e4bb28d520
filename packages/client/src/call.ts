import * as v from 'valibot'
import * as s from './shape.ts'
import { flag, num, text } from './shape.ts'
import { toValibot } from './toValibot.ts'

/**
 * Call statuses with UI labels. The docs only show `closed`; the rest is a plausible set for a
 * closer's sales calls, our choice. `Call.status` stays a plain string.
 */
export const CALL_STATUSES = [
  'scheduled',
  'closed',
  'not_closed',
  'follow_up',
  'no_show',
  'rescheduled',
  'cancelled',
] as const
export type KnownCallStatus = (typeof CALL_STATUSES)[number]

/** Call kinds with UI labels: `booking` is documented, the others are our guess. */
export const CALL_KINDS = ['booking', 'follow_up', 'manual'] as const
export type KnownCallKind = (typeof CALL_KINDS)[number]

/** Guest RSVP answers with UI labels: `yes` is documented, the others are our guess. */
export const GUEST_RSVP_STATUSES = ['yes', 'no', 'maybe', 'pending'] as const
export type KnownGuestRsvpStatus = (typeof GUEST_RSVP_STATUSES)[number]

export const actionItemShape = s.looseObject({
  due_at: text,
  notes: text,
  owner: text,
  title: text,
})
export type ActionItem = s.InferShape<typeof actionItemShape>

export const formAnswerShape = s.looseObject({
  field_id: text,
  label: text,
  value: s.optional(s.unknown()),
})
export type FormAnswer = s.InferShape<typeof formAnswerShape>

export const transcriptSegmentShape = s.looseObject({
  end_seconds: num,
  speaker: text,
  start_seconds: num,
  text,
})
export type TranscriptSegment = s.InferShape<typeof transcriptSegmentShape>

export const callTranscriptShape = s.looseObject({
  duration_seconds: num,
  language: text,
  segments: s.nullish(s.array(transcriptSegmentShape)),
})
export type CallTranscript = s.InferShape<typeof callTranscriptShape>

export const callObjectShape = s.looseObject({
  id: s.string(),
  action_items: s.nullish(s.array(actionItemShape)),
  ai_summary: text,
  booking_link_id: text,
  /** See CALL_KINDS. */
  call_kind: text,
  closer_id: text,
  conferencing_link: text,
  created_at: text,
  duration_minutes: num,
  ended_at: text,
  /** Cents. */
  expected_deal_value: num,
  form_data: s.nullish(s.array(formAnswerShape)),
  guest_rsvp_confirmed_at: text,
  /** See GUEST_RSVP_STATUSES. */
  guest_rsvp_status: text,
  has_analysis: flag,
  has_recording: flag,
  lead_id: text,
  linked_payment_id: text,
  notes: text,
  /** Older API revisions' name for `status`; already copied into `status` when that is absent. */
  outcome: text,
  product_id: text,
  recording_url: text,
  referral: text,
  scheduled_at: text,
  setter_id: text,
  started_at: text,
  /** See CALL_STATUSES. */
  status: text,
  transcript_data: s.nullish(callTranscriptShape),
  updated_at: text,
  utm_campaign: text,
  utm_content: text,
  utm_medium: text,
  utm_source: text,
  utm_term: text,
})

/** `outcome` (older API revisions) copied into a missing `status`. */
export function normalizeCallStatus<T extends { status?: string | null; outcome?: string | null }>(
  call: T,
): T {
  return { ...call, status: call.status ?? call.outcome }
}

export type Call = s.InferShape<typeof callObjectShape>

// The same shapes as valibot schemas, for apps that validate with valibot themselves.
export const actionItemSchema = /* @__PURE__ */ toValibot(actionItemShape)
export const formAnswerSchema = /* @__PURE__ */ toValibot(formAnswerShape)
export const transcriptSegmentSchema = /* @__PURE__ */ toValibot(transcriptSegmentShape)
export const callTranscriptSchema = /* @__PURE__ */ toValibot(callTranscriptShape)
export const callSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ toValibot(callObjectShape),
  /* @__PURE__ */ v.transform((call): Call => normalizeCallStatus(call)),
)
