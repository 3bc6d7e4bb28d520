import type { Extras } from './leadTypes.ts'

export interface TranscriptSegment extends Extras {
  start_seconds: number
  end_seconds: number
  speaker?: string | null
  text: string
}

export interface TranscriptData extends Extras {
  duration_seconds: number
  language: string | null
  segments: TranscriptSegment[]
}

export interface ActionItem extends Extras {
  title: string
  owner: string | null
  due_at: string | null
  notes: string | null
}

export interface FormAnswer extends Extras {
  field_id: string
  label: string
  value: unknown
}

/**
 * A call as stored. `status` is missing on a few old calls that carry the legacy `outcome`
 * instead. `recording_url` is stored as a path; responses make it absolute.
 */
export interface AuraCall extends Extras {
  id: string
  lead_id: string
  status?: string
  outcome?: string
  call_kind: string | null
  closer_id: string | null
  setter_id: string | null
  booking_link_id: string | null
  product_id: string | null
  scheduled_at: string
  started_at: string | null
  ended_at: string | null
  duration_minutes: number | null
  expected_deal_value: number | null
  conferencing_link: string | null
  guest_rsvp_status: string | null
  guest_rsvp_confirmed_at: string | null
  has_analysis: boolean
  has_recording: boolean
  recording_url: string | null
  ai_summary: string | null
  action_items: ActionItem[] | null
  form_data: FormAnswer[] | null
  linked_payment_id: string | null
  notes: string | null
  referral: string | null
  transcript_data: TranscriptData | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_content: string | null
  utm_term: string | null
  created_at: string
  updated_at: string
}
