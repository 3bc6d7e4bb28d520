import type { CallTranscriptProps } from '@aura-kit/ui'
import { generateCalls, generateLeads } from '../../packages/ui/src/test-utils/storyData.ts'

type Call = NonNullable<CallTranscriptProps['call']>

/** The reference time of the seeded data, so relative times ("3 days ago") never move. */
export const NOW = Date.parse('2026-06-02T12:00:00Z')

export const LEADS = generateLeads(40)
export const CALLS = generateCalls(40)

const panelLead = LEADS.find((lead) => (lead.notes?.length ?? 0) > 1 && lead.metadata)
if (panelLead === undefined) {
  throw new Error('the seeded leads should include one with notes and metadata')
}
/** A lead with notes, UTM and click-id attribution, location and a device. */
export const PANEL_LEAD = panelLead

/** A WAV of silence, so the recording loads without a network and every run looks the same. */
function silentWavUrl(seconds: number): string {
  const rate = 8000
  const bytes = new Uint8Array(44 + seconds * rate).fill(128)
  const view = new DataView(bytes.buffer)
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++) {
      view.setUint8(offset + index, text.charCodeAt(index))
    }
  }
  ascii(0, 'RIFF')
  view.setUint32(4, 36 + seconds * rate, true)
  ascii(8, 'WAVEfmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true)
  view.setUint16(22, 1, true)
  view.setUint32(24, rate, true)
  view.setUint32(28, rate, true)
  view.setUint16(32, 1, true)
  view.setUint16(34, 8, true)
  ascii(36, 'data')
  view.setUint32(40, seconds * rate, true)
  return URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }))
}

const LINES: ReadonlyArray<readonly [string, string]> = [
  ['Dana Closer', 'Thanks for joining, can you hear me all right?'],
  ['Sam Prospect', 'Yes, loud and clear. We have about twenty minutes.'],
  ['Dana Closer', 'Great. What made you book the call this week?'],
  ['Sam Prospect', 'Our pipeline lives in three spreadsheets and nobody trusts the numbers.'],
  ['Sam Prospect', 'The COO wants one place for leads, calls and payments.'],
  ['Dana Closer', 'That is exactly the gap we close. How many reps work the leads?'],
  ['Alex Setter', 'Eleven setters and four closers, across two time zones.'],
  ['Dana Closer', 'And the budget for this quarter?'],
  ['Sam Prospect', 'Roughly 4,000 euros a month if the rollout is done by July.'],
  ['Dana Closer', 'I will send the contract and a rollout plan tomorrow.'],
]

/** A recorded call with a summary, action items, booking answers and three speakers. */
export function recordedCall(): Call {
  return {
    id: '0ca11000-0000-4000-8000-000000000001',
    status: 'completed',
    scheduled_at: '2026-05-28T14:00:00Z',
    started_at: '2026-05-28T14:01:00Z',
    ended_at: '2026-05-28T14:31:00Z',
    closer_id: 'user_2mQx7VfKp3LzR8',
    setter_id: 'user_2vJ7yUg3VnAp4D',
    expected_deal_value: 480_000,
    duration_minutes: 30,
    conferencing_link: 'https://meet.example.com/abc-defg-hij',
    has_recording: true,
    recording_url: silentWavUrl(LINES.length * 3),
    ai_summary:
      'The prospect runs their pipeline in spreadsheets and wants one tool for leads, calls and payments before July.',
    action_items: [
      { title: 'Send the contract', owner: 'user_2mQx7VfKp3LzR8', due_at: null, notes: null },
      {
        title: 'Share a rollout plan',
        owner: null,
        due_at: '2026-05-30T09:00:00Z',
        notes: 'Two time zones, eleven setters.',
      },
    ],
    form_data: [
      { field_id: 'team_size', label: 'Team size', value: '15' },
      { field_id: 'budget', label: 'Monthly budget', value: '4,000 EUR' },
    ],
    transcript_data: {
      duration_seconds: LINES.length * 3,
      language: 'en',
      segments: LINES.map(([speaker, text], index) => ({
        start_seconds: index * 3,
        end_seconds: index * 3 + 2.5,
        speaker,
        text,
      })),
    },
  }
}
