import type { Call } from '@aura-kit/client'
import { SPECIAL_CALL_IDS } from '@aura-kit/mock-api'
import { configure, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AURA_BASE_URL, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { CallTranscript } from './CallTranscript.tsx'

const harness = setupMockServer()
// Generous waits: the first requests also build the mock's data, on machines shared with others.
configure({ asyncUtilTimeout: 5000 })
const segments = () => screen.getByRole('region', { name: 'Transcript segments' })
const loaded = () => screen.findByRole('region', { name: 'Transcript segments' })
const rows = () => within(segments()).getAllByRole('listitem')
const startOf = (row: HTMLElement) => {
  const [minutes = 0, seconds = 0] = (row.querySelector('.aura-transcript-time')?.textContent ?? '')
    .split(':')
    .map(Number)
  return minutes * 60 + seconds
}

describe('CallTranscript with callId', () => {
  it('shows a skeleton, then loads the call through useCall and plays its recording', async () => {
    const id = SPECIAL_CALL_IDS.unsortedSegments
    const { container } = renderWithProvider(
      <CallTranscript callId={id} recordingBaseUrl={AURA_BASE_URL} />,
    )
    expect(screen.getByTestId('aura-skeleton')).toBeTruthy()
    expect(screen.getByText('Loading call…')).toBeTruthy()
    await loaded()
    expect(screen.queryByTestId('aura-skeleton')).toBeNull()
    expect(container.querySelector('audio')?.getAttribute('src')).toBe(
      `${AURA_BASE_URL}/media/recordings/${id}.wav`,
    )
    // The mock swaps pairs of segments: the list is sorted by start anyway.
    const starts = rows().map(startOf)
    expect(starts.length).toBeGreaterThan(5)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('shows the error with its request id, and retries', async () => {
    const user = userEvent.setup()
    const id = SPECIAL_CALL_IDS.missingSpeakers
    harness.api.setFaults([{ path: `/v1/calls/${id}`, status: 500 }])
    renderWithProvider(<CallTranscript callId={id} />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("Couldn't load this call")
    expect(alert.textContent).toContain('Injected fault: HTTP 500')
    expect(alert.textContent).toMatch(/Request id: req_\w+/)
    harness.api.setFaults([])
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await loaded()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says so when the call does not exist', async () => {
    renderWithProvider(<CallTranscript callId="00000000-0000-4000-8000-000000000000" />)
    expect((await screen.findByRole('alert')).textContent).toContain('Call not found')
  })

  it('labels segments without a speaker "Unknown speaker"', async () => {
    renderWithProvider(<CallTranscript callId={SPECIAL_CALL_IDS.missingSpeakers} />)
    await loaded()
    expect(within(segments()).getAllByText('Unknown speaker').length).toBeGreaterThan(0)
    expect(screen.getByRole('checkbox', { name: 'Unknown speaker' })).toBeTruthy()
  })

  it('has an empty state for a call without a transcript and for one without segments', async () => {
    const first = renderWithProvider(<CallTranscript callId={SPECIAL_CALL_IDS.noTranscript} />)
    expect(await screen.findByText('No transcript for this call.')).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Transcript segments' })).toBeNull()
    first.unmount()
    renderWithProvider(<CallTranscript callId={SPECIAL_CALL_IDS.emptySegments} />)
    expect(await screen.findByText('This transcript has no segments.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Export transcript' })).toBeNull()
  })

  it('renders the long call (3,000 segments) as a window of rows', async () => {
    renderWithProvider(
      <CallTranscript callId={SPECIAL_CALL_IDS.longCall} recordingBaseUrl={AURA_BASE_URL} />,
    )
    await loaded()
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('3000')
    expect(rows().length).toBeLessThan(40)
  })
})

describe('CallTranscript edge cases', () => {
  it('asks for a call when given neither call nor callId', () => {
    render(<CallTranscript />)
    expect(screen.getByText('No call selected.')).toBeTruthy()
  })

  it('survives a call with every field missing', () => {
    render(<CallTranscript call={{ id: 'bare', status: undefined }} />)
    const details = screen.getByText('Scheduled').closest('dl') as HTMLElement
    expect(within(details).getAllByText('—').length).toBeGreaterThanOrEqual(8)
    expect(screen.getByText('No transcript for this call.')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Summary' })).toBeNull()
  })

  it('shows overlapping segments in start order, an untimed one after its predecessor', () => {
    render(
      <CallTranscript
        call={{
          id: 'overlap',
          status: 'completed',
          recording_url: 'https://m.test/a.wav',
          transcript_data: {
            segments: [
              { start_seconds: 5, end_seconds: 20, speaker: 'A', text: 'long overlap' },
              { start_seconds: 1, end_seconds: 8, speaker: 'B', text: 'first' },
              { start_seconds: null, end_seconds: null, speaker: 'B', text: 'no time' },
              { start_seconds: 6, end_seconds: 7, speaker: 'A', text: 'inside' },
            ],
          },
        }}
      />,
    )
    expect(rows().map((row) => row.querySelector('.aura-transcript-text')?.textContent)).toEqual([
      'first',
      'no time',
      'long overlap',
      'inside',
    ])
    const untimed = screen.getByText('no time').closest('li') as HTMLElement
    expect(within(untimed).queryByRole('button')).toBeNull()
    expect(within(untimed).getByText('—')).toBeTruthy()
  })
})

describe('CallTranscript with hostile data', () => {
  const hostile: Call = {
    id: 'bad0ca11',
    status: 'javascript:alert(1)',
    scheduled_at: 'not a date',
    closer_id: '<img src=x onerror=alert(1)>',
    setter_id: '\u202Egnp.exe',
    expected_deal_value: Number.NaN,
    duration_minutes: -1,
    conferencing_link: 'javascript:alert(document.cookie)',
    recording_url: 'java\tscript:alert(1)',
    has_recording: true,
    ai_summary: '<script>alert("summary")</script>',
    action_items: [
      { title: '<b>bold</b>', owner: null, due_at: 'soon', notes: '<iframe src=x>' },
      null as unknown as NonNullable<Call['action_items']>[number],
    ],
    form_data: [
      { field_id: 'x', label: null, value: { html: '<svg onload=alert(1)>' } },
      { field_id: 'y', label: '<u>label</u>', value: null },
    ],
    ...{ unknown_key: { nested: '<script>' } },
    transcript_data: {
      segments: [
        {
          start_seconds: 0,
          end_seconds: 1,
          speaker: '<b>Mallory</b>',
          text: '<script>alert(1)</script>',
        },
        { start_seconds: 1, end_seconds: 2, speaker: '\u202EEve', text: '\u202Etxt.exe reversed' },
        {
          start_seconds: 2,
          end_seconds: 3,
          speaker: 'Bob',
          text: `huge ${'x'.repeat(100_000)} end`,
        },
      ],
    },
  }

  it('renders every string as text and links nowhere', () => {
    const { container } = render(<CallTranscript call={hostile} locale="en-US" timeZone="UTC" />)
    expect(container.querySelector('script, img, iframe, svg, b, u, a, audio, video')).toBeNull()
    expect(screen.getByText('javascript:alert(document.cookie)')).toBeTruthy()
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy()
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy()
    expect(screen.getByText('<script>alert("summary")</script>')).toBeTruthy()
    expect(screen.getByText('<b>bold</b>')).toBeTruthy()
    expect(screen.getByText('{"html":"<svg onload=alert(1)>"}')).toBeTruthy()
    expect(screen.getByText('<u>label</u>')).toBeTruthy()
    expect(screen.getAllByText('<b>Mallory</b>').length).toBeGreaterThan(0)
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy()
    expect(screen.getByText(/^huge x+ end$/)).toBeTruthy()
    // Bidi overrides stay inside isolates.
    const reversed = screen.getByText('\u202Etxt.exe reversed')
    expect(reversed.closest('[dir="auto"]')).toBeTruthy()
    expect(screen.getByText('\u202Egnp.exe').tagName).toBe('BDI')
    expect(within(segments()).getByText('\u202EEve').tagName).toBe('BDI')
  })

  it('searches hostile text as plain text', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={hostile} />)
    await user.type(screen.getByLabelText('Search transcript'), '<script>')
    expect(await screen.findByText('1 of 1')).toBeTruthy()
    const mark = segments().querySelector('mark')
    expect(mark?.textContent).toBe('<script>')
    expect(mark?.parentElement?.textContent).toBe('<script>alert(1)</script>')
  })
})
