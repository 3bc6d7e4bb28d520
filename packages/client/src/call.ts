import * as v from 'valibot'

const text = v.nullish(v.string())
const num = v.nullish(v.number())
const flag = v.nullish(v.boolean())

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

export const actionItemSchema = v.looseObject({
  due_at: text,
  notes: text,
  owner: text,
  title: text,
})
export type ActionItem = v.InferOutput<typeof actionItemSchema>

export const formAnswerSchema = v.looseObject({
  field_id: text,
  label: text,
  value: v.optional(v.unknown()),
})
export type FormAnswer = v.InferOutput<typeof formAnswerSchema>

export const transcriptSegmentSchema = v.looseObject({
  end_seconds: num,
  speaker: text,
  start_seconds: num,
  text,
})
export type TranscriptSegment = v.InferOutput<typeof transcriptSegmentSchema>

export const callTranscriptSchema = v.looseObject({
  duration_seconds: num,
  language: text,
  segments: v.nullish(v.array(transcriptSegmentSchema)),
})
export type CallTranscript = v.InferOutput<typeof callTranscriptSchema>

const callObjectSchema = v.looseObject({
  id: v.string(),
  action_items: v.nullish(v.array(actionItemSchema)),
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
  form_data: v.nullish(v.array(formAnswerSchema)),
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
  transcript_data: v.nullish(callTranscriptSchema),
  updated_at: text,
  utm_campaign: text,
  utm_content: text,
  utm_medium: text,
  utm_source: text,
  utm_term: text,
})

export const callSchema = v.pipe(
  callObjectSchema,
  v.transform((call) => ({ ...call, status: call.status ?? call.outcome })),
)
export type Call = v.InferOutput<typeof callSchema>
