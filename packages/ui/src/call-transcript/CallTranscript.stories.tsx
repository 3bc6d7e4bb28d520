import { type Call, createAuraClient } from '@aura-kit/client'
import { CLERK_USERS, createMockApi, REFERENCE_TIME, SPECIAL_CALL_IDS } from '@aura-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { MockApiProvider, withMockApi } from '../test-utils/MockApiProvider.tsx'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { CallTranscript } from './CallTranscript.tsx'

const BASE_URL = 'https://mock.aura-kit.local'

/**
 * A call from the mock API, fetched through the real client, with its WAV recording turned into a
 * blob: URL. The stories' MockApiProvider answers fetch() in memory, which an <audio> element
 * never calls, so a media URL on the mock origin would not load.
 */
async function mockCall(pick: (calls: readonly Call[]) => Call | undefined): Promise<Call> {
  const api = createMockApi({
    counts: { leads: 60, calls: 60, octanistLeads: 20 },
    rateLimit: false,
    now: () => REFERENCE_TIME,
  })
  const chosen = pick(api.db.calls as Call[])
  if (chosen === undefined) {
    throw new Error('CallTranscript stories: no matching call in the mock data')
  }
  const client = createAuraClient({
    baseUrl: BASE_URL,
    apiKey: 'storybook',
    fetch: (input, init) => api.handle(new Request(input, init)),
    retry: false,
    timeoutMs: 0,
  })
  const { data } = await client.calls.get(chosen.id)
  if (typeof data.recording_url !== 'string') {
    return data
  }
  const wav = await api.handle(new Request(new URL(data.recording_url, BASE_URL)))
  return { ...data, recording_url: URL.createObjectURL(await wav.blob()) }
}

const recordedCall = () =>
  mockCall((calls) =>
    calls.find(
      (call) =>
        call.has_recording === true &&
        call.id !== SPECIAL_CALL_IDS.longCall &&
        (call.action_items?.length ?? 0) > 0,
    ),
  )
const longCall = () =>
  mockCall((calls) => calls.find((call) => call.id === SPECIAL_CALL_IDS.longCall))

/** A WAV of silence, small enough to build in the story. */
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

function hostileCall(): Call {
  return {
    id: 'bad0ca11-0000-4000-8000-000000000001',
    status: 'javascript:alert(1)',
    scheduled_at: 'not a date',
    started_at: '2026-01-20T15:00:00Z',
    ended_at: null,
    closer_id: '<img src=x onerror=alert(1)>',
    setter_id: '\u202Egnp.exe',
    expected_deal_value: Number.NaN,
    duration_minutes: null,
    conferencing_link: 'javascript:alert(document.cookie)',
    has_recording: true,
    recording_url: silentWavUrl(30),
    ai_summary: '<script>alert("summary")</script> The prospect\u202E reversed this.',
    action_items: [{ title: '<b>Send contract</b>', owner: null, due_at: 'soon', notes: null }],
    form_data: [{ field_id: 'budget', label: null, value: { html: '<svg onload=alert(1)>' } }],
    transcript_data: {
      duration_seconds: 30,
      language: '<script>',
      segments: [
        {
          start_seconds: 0,
          end_seconds: 4,
          speaker: '<b>Mallory</b>',
          text: '<script>alert(1)</script>',
        },
        {
          start_seconds: 4,
          end_seconds: 8,
          speaker: '\u202EEve',
          text: '\u202Etxt.exe is not an exe',
        },
        { start_seconds: 8, end_seconds: 6, speaker: null, text: 'An end before the start.' },
        { start_seconds: null, end_seconds: null, speaker: 'Bob', text: 'No time at all.' },
        {
          start_seconds: 12,
          end_seconds: 14,
          speaker: 'Bob',
          text: `A ${'very '.repeat(2000)}long line.`,
        },
      ],
    },
  }
}

const meta = {
  title: 'Components/CallTranscript',
  component: CallTranscript,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', onExport: fn() },
  argTypes: { call: { control: false } },
} satisfies Meta<typeof CallTranscript>

export default meta
type Story = StoryObj<typeof meta>

/** The mock's team, so closers and setters show by name. */
const TEAM = CLERK_USERS.map(({ id, name }) => ({ id, name }))

const transcriptRegion = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('region', { name: 'Transcript segments' })

export const Default: Story = {
  loaders: [async () => ({ call: await recordedCall() })],
  render: (args, { loaded }) => <CallTranscript {...args} call={loaded.call as Call} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const region = await transcriptRegion(canvasElement)
    const audio = canvasElement.querySelector('audio') as HTMLAudioElement
    expect(audio.src).toMatch(/^blob:/)
    await waitFor(() => expect(audio.readyState).toBeGreaterThan(0))
    expect(canvas.getByRole('heading', { name: 'Action items' })).toBeVisible()

    // Clicking a line seeks there and marks it as playing.
    const rows = within(region).getAllByRole('listitem')
    const target = rows[3] as HTMLElement
    await userEvent.click(within(target).getByRole('button', { name: /^Play from/ }))
    audio.pause()
    await waitFor(() => expect(target).toHaveAttribute('aria-current', 'true'))
    const start = audio.currentTime
    region.focus()
    await userEvent.keyboard('l')
    await waitFor(() => expect(audio.currentTime).toBeCloseTo(Math.min(start + 10, audio.duration)))

    // The export menu loads on its first open, placed against its button (above it when there
    // is no room below, shifted into the viewport) and, from the keyboard, focus on its first item.
    const exportButton = canvas.getByRole('button', { name: 'Export transcript' })
    exportButton.focus()
    await userEvent.keyboard('{Enter}')
    const menu = await canvas.findByRole('menu', { name: 'Export transcript' })
    expect(exportButton).toHaveAttribute('aria-expanded', 'true')
    expect(exportButton).toHaveAttribute('aria-controls', menu.id)
    await waitFor(() => {
      const placed = menu.getBoundingClientRect()
      const anchor = exportButton.getBoundingClientRect()
      // 4px off the button (sideOffset), over or under it, overlapping it across.
      const gap = Math.min(
        Math.abs(placed.top - anchor.bottom - 4),
        Math.abs(anchor.top - placed.bottom - 4),
      )
      expect(gap, JSON.stringify({ placed, anchor })).toBeLessThan(1)
      expect(placed.left < anchor.right && placed.right > anchor.left).toBe(true)
    })
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Text (.txt)' })).toHaveFocus())
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    expect(canvas.getByRole('menuitem', { name: 'WebVTT subtitles (.vtt)' })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() =>
      expect(args.onExport).toHaveBeenCalledWith(expect.any(Blob), expect.stringMatching(/\.vtt$/)),
    )
    expect(args.onExport).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(exportButton).toHaveFocus())
    expect(exportButton).toHaveAttribute('aria-expanded', 'false')

    // By pointer it opens too, and an item click exports.
    await userEvent.click(exportButton)
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'SubRip subtitles (.srt)' }))
    await waitFor(() =>
      expect(args.onExport).toHaveBeenLastCalledWith(
        expect.any(Blob),
        expect.stringMatching(/\.srt$/),
      ),
    )
  },
}

export const Long: Story = {
  loaders: [async () => ({ call: await longCall() })],
  render: (args, { loaded }) => <CallTranscript {...args} call={loaded.call as Call} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const region = await transcriptRegion(canvasElement)
    const rows = within(region).getAllByRole('listitem')
    expect(rows[0]).toHaveAttribute('aria-setsize', '3000')
    expect(rows.length).toBeLessThan(100)

    const search = canvas.getByLabelText('Search transcript')
    await userEvent.type(search, 'budget')
    await waitFor(() => expect(canvas.getByText(/^1 of \d+$/)).toBeVisible())
    await userEvent.type(search, '{Enter}{Enter}')
    await waitFor(() => expect(canvas.getByText(/^3 of \d+$/)).toBeVisible())
    const current = await waitFor(() => {
      const mark = region.querySelector('mark[aria-current="true"]')
      expect(mark).not.toBeNull()
      return mark as HTMLElement
    })
    const box = region.getBoundingClientRect()
    const markBox = current.getBoundingClientRect()
    expect(markBox.top).toBeGreaterThanOrEqual(box.top)
    expect(markBox.bottom).toBeLessThanOrEqual(box.bottom)
  },
}

export const NoTranscript: Story = {
  args: { callId: SPECIAL_CALL_IDS.noTranscript },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No transcript for this call.'),
    ).toBeVisible()
  },
}

export const Loading: Story = {
  args: { callId: SPECIAL_CALL_IDS.unsortedSegments },
  parameters: { mockApi: { faults: [{ path: '/v1/calls', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByTestId('aura-skeleton')).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  args: { callId: SPECIAL_CALL_IDS.unsortedSegments },
  parameters: { mockApi: { faults: [{ path: '/v1/calls', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent('Injected fault: HTTP 500')
    expect(alert).toHaveTextContent(/Request id: req_[0-9a-f]{12}/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

export { ErrorStory as Error }

export const Hostile: Story = {
  loaders: [() => ({ call: hostileCall() })],
  render: (args, { loaded }) => <CallTranscript {...args} call={loaded.call as Call} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const region = await transcriptRegion(canvasElement)
    expect(within(region).getByText('<script>alert(1)</script>')).toBeVisible()
    expect(canvas.getByText('javascript:alert(document.cookie)')).toBeVisible()
    const root = canvasElement.querySelector('.aura-transcript') as HTMLElement
    expect(root.querySelector('script, img, svg, b, a')).toBeNull()
    expect(canvasElement.querySelector('a[href^="javascript:"]')).toBeNull()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  loaders: [async () => ({ call: await recordedCall() })],
  render: (args, { loaded }) => <CallTranscript {...args} call={loaded.call as Call} />,
  play: async ({ canvasElement }) => {
    const region = await transcriptRegion(canvasElement)
    expect(region.closest('.aura-root')).toHaveAttribute('data-theme', 'dark')
    await userEvent.type(within(canvasElement).getByLabelText('Search transcript'), 'the')
    await waitFor(() => expect(region.querySelector('mark')).not.toBeNull())
  },
}

export const HostileHostCss: Story = {
  decorators: [withHostileHostCss],
  loaders: [async () => ({ call: await recordedCall() })],
  render: (args, { loaded }) => <CallTranscript {...args} call={loaded.call as Call} />,
  play: async ({ canvasElement }) => {
    const region = await transcriptRegion(canvasElement)
    expect(within(region).getAllByRole('listitem').length).toBeGreaterThan(1)
  },
}

export const AllStates: Story = {
  loaders: [async () => ({ call: await recordedCall() })],
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <CallTranscript {...args} call={loaded.call as Call} label="Call (loaded)" />
      <CallTranscript
        {...args}
        callId={SPECIAL_CALL_IDS.noTranscript}
        label="Call (no transcript)"
      />
      <CallTranscript
        {...args}
        callId={SPECIAL_CALL_IDS.emptySegments}
        label="Call (empty transcript)"
      />
      <MockApiProvider faults={[{ path: '/v1/calls', latencyMs: 3_600_000 }]}>
        <CallTranscript {...args} callId={SPECIAL_CALL_IDS.longCall} label="Call (loading)" />
      </MockApiProvider>
      <MockApiProvider faults={[{ path: '/v1/calls', status: 500 }]}>
        <CallTranscript {...args} callId={SPECIAL_CALL_IDS.longCall} label="Call (error)" />
      </MockApiProvider>
    </div>
  ),
}

/**
 * The parts composed by a host: details and the player in a side column, search and export in
 * the host's own toolbar above the list, no insights. Host elements inside the root keep only
 * inline styles (the kit's reset covers everything in its root).
 */
export const CustomComposition: Story = {
  loaders: [async () => ({ call: await recordedCall() })],
  render: (args, { loaded }) => (
    <CallTranscript.Root {...args} call={loaded.call as Call} users={TEAM} label="Discovery call">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
        <aside style={{ display: 'grid', gap: 16, flex: '1 1 260px', minWidth: 0 }}>
          <CallTranscript.Player />
          <CallTranscript.Header style={{ gridTemplateColumns: '1fr' }} />
        </aside>
        <div style={{ display: 'grid', gap: 12, flex: '2 1 420px', minWidth: 0 }}>
          <div
            role="toolbar"
            aria-label="Transcript tools"
            style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}
          >
            <CallTranscript.Search />
            <CallTranscript.Follow />
            <CallTranscript.Export />
          </div>
          <CallTranscript.List style={{ '--aura-transcript-height': '360px' } as CSSProperties} />
        </div>
      </div>
    </CallTranscript.Root>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const region = await canvas.findByRole('region', { name: 'Discovery call' })
    const list = within(region).getByRole('region', { name: 'Discovery call: transcript segments' })
    expect(within(region).queryByRole('heading', { name: 'Summary' })).toBeNull()
    expect(region.querySelector('aside audio')).not.toBeNull()
    // The closer by name, from the kit's users.
    const closer = within(region).getByText('Closer').nextElementSibling as HTMLElement
    expect(TEAM.map((user) => user.name)).toContain(closer.textContent)

    // Search from the host toolbar: counted there, highlighted in the list below it.
    const toolbar = within(region).getByRole('toolbar', { name: 'Transcript tools' })
    expect(toolbar.contains(list)).toBe(false)
    await userEvent.type(within(toolbar).getByRole('searchbox'), 'the')
    await waitFor(() => expect(within(toolbar).getByText(/^1 of \d+$/)).toBeVisible())
    await waitFor(() => expect(list.querySelector('mark[aria-current="true"]')).not.toBeNull())

    await userEvent.click(within(toolbar).getByRole('button', { name: 'Export transcript' }))
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'JSON (.json)' }))
    await waitFor(() => expect(args.onExport).toHaveBeenCalledTimes(1))
  },
}

/** The kit in German (the toolbar's language), a German locale, zone and currency. */
export const German: Story = {
  globals: { language: 'de' },
  args: { locale: 'de-DE', timeZone: 'Europe/Berlin', currency: 'EUR', users: TEAM },
  loaders: [async () => ({ call: await recordedCall() })],
  render: (args, { loaded }) => <CallTranscript {...args} call={loaded.call as Call} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const region = await canvas.findByRole('region', { name: 'Gesprächstranskript' })
    expect(region).toHaveAttribute('lang', 'de')
    expect(within(region).getByRole('heading', { name: 'Transkript' })).toBeVisible()
    expect(within(region).getByRole('heading', { name: 'Aufgaben' })).toBeVisible()
    expect(
      within(region).getByText(/Tastatur, solange der Fokus im Transkript liegt/),
    ).toBeVisible()
    const list = within(region).getByRole('region', { name: 'Transkriptabschnitte' })
    expect(
      within(list).getAllByRole('button', { name: /^Ab \d+:\d\d abspielen$/ }).length,
    ).toBeGreaterThan(0)
    await userEvent.type(within(region).getByLabelText('Transkript durchsuchen'), 'the')
    await waitFor(() => expect(within(region).getByText(/^1 von \d+$/)).toBeVisible())
    expect(within(region).getByRole('button', { name: 'Wiedergabe folgen' })).toBeVisible()
  },
}
