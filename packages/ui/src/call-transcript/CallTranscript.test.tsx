import type { Call } from '@aura-kit/client'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CallTranscript } from './CallTranscript.tsx'

const call: Call = {
  id: 'call-1',
  status: 'closed',
  scheduled_at: '2026-06-01T15:00:00Z',
  started_at: '2026-06-01T15:02:00Z',
  ended_at: '2026-06-01T15:47:00Z',
  duration_minutes: 45,
  closer_id: 'user_closer',
  setter_id: 'user_setter',
  expected_deal_value: 250_000,
  conferencing_link: 'https://zoom.us/j/123',
  has_recording: true,
  recording_url: 'https://media.example.com/call-1.wav',
  ai_summary: 'Prospect wants pricing by Friday.',
  action_items: [
    { title: 'Send pricing', owner: 'user_closer', due_at: '2026-06-05T12:00:00Z', notes: null },
  ],
  form_data: [
    { field_id: 'budget', label: 'What is your budget?', value: '$10k' },
    { field_id: 'size', label: 'Team size', value: ['5', '10'] },
    { field_id: 'ok', label: 'Decision maker?', value: true },
  ],
  transcript_data: {
    duration_seconds: 60,
    language: 'en',
    segments: [
      { start_seconds: 0, end_seconds: 4, speaker: 'Alice Closer', text: 'Thanks for joining.' },
      { start_seconds: 4, end_seconds: 9, speaker: 'Alice Closer', text: 'Shall we talk pricing?' },
      { start_seconds: 10, end_seconds: 15, speaker: 'Bob Prospect', text: 'Yes, pricing first.' },
      { start_seconds: 16, end_seconds: 20, speaker: 'Alice Closer', text: 'Pricing starts low.' },
      { start_seconds: 21, end_seconds: 30, speaker: 'Bob Prospect', text: 'Great.' },
    ],
  },
}

const renderCall = (overrides: Partial<Call> = {}, onExport = vi.fn()) => {
  const result = render(
    <CallTranscript
      call={{ ...call, ...overrides }}
      locale="en-US"
      timeZone="UTC"
      onExport={onExport}
    />,
  )
  return { ...result, onExport }
}
const segments = () => screen.getByRole('region', { name: 'Transcript segments' })
const rowOf = (text: string) => screen.getByText(text).closest('li') as HTMLElement
const media = (container: HTMLElement) => container.querySelector('audio') as HTMLAudioElement
const playTo = (element: HTMLMediaElement, seconds: number) => {
  element.currentTime = seconds
  fireEvent(element, new Event('timeupdate'))
}
const spyPlayback = () => ({
  play: vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined),
  pause: vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {}),
  seek: vi.spyOn(HTMLMediaElement.prototype, 'currentTime', 'set'),
})

describe('CallTranscript: the call', () => {
  it('shows the header: times, duration, status, people, deal value and a safe meeting link', () => {
    renderCall()
    const details = screen.getByText('Scheduled').closest('dl') as HTMLElement
    expect(within(details).getByText('Jun 1, 2026, 3:00 PM')).toBeTruthy()
    expect(within(details).getByText('Jun 1, 2026, 3:02 PM')).toBeTruthy()
    expect(within(details).getByText('Jun 1, 2026, 3:47 PM')).toBeTruthy()
    expect(within(details).getByText('45 min')).toBeTruthy()
    expect(within(details).getByText('Closed')).toBeTruthy()
    expect(within(details).getByText('user_closer')).toBeTruthy()
    expect(within(details).getByText('user_setter')).toBeTruthy()
    expect(within(details).getByText('$2,500.00')).toBeTruthy()
    const link = within(details).getByRole('link', { name: 'https://zoom.us/j/123' })
    expect(link.getAttribute('href')).toBe('https://zoom.us/j/123')
    expect(link.getAttribute('rel')).toContain('noopener')
  })

  it('derives the duration from start and end when duration_minutes is missing or negative', () => {
    const first = renderCall({ duration_minutes: null })
    expect(screen.getByText('45 min')).toBeTruthy()
    first.unmount()
    renderCall({ duration_minutes: -1 })
    expect(screen.getByText('45 min')).toBeTruthy()
  })

  it('shows user ids as names when the host resolves them', () => {
    const names: Record<string, string> = { user_closer: 'Alice Closer' }
    render(<CallTranscript call={call} resolveUserName={(id) => names[id]} />)
    const details = screen.getByText('Scheduled').closest('dl') as HTMLElement
    expect(within(details).getByText('Alice Closer')).toBeTruthy()
    // Unresolved ids stay as they are.
    expect(within(details).getByText('user_setter')).toBeTruthy()
    expect(
      screen.getByText('Alice Closer', { selector: '.aura-transcript-action bdi' }),
    ).toBeTruthy()
  })

  it('shows the AI summary, action items and booking answers', () => {
    renderCall()
    expect(screen.getByRole('heading', { name: 'Summary' })).toBeTruthy()
    expect(screen.getByText('Prospect wants pricing by Friday.')).toBeTruthy()
    const actions = screen.getByRole('heading', { name: 'Action items' }).closest('section')
    expect(within(actions as HTMLElement).getByText('Send pricing')).toBeTruthy()
    expect(within(actions as HTMLElement).getByText('Due: Jun 5, 2026')).toBeTruthy()
    const answers = screen.getByRole('heading', { name: 'Booking answers' }).closest('section')
    expect(within(answers as HTMLElement).getByText('What is your budget?')).toBeTruthy()
    expect(within(answers as HTMLElement).getByText('$10k')).toBeTruthy()
    expect(within(answers as HTMLElement).getByText('5, 10')).toBeTruthy()
    expect(within(answers as HTMLElement).getByText('Yes')).toBeTruthy()
  })

  it('groups consecutive segments of one speaker under one name', () => {
    renderCall()
    const list = segments()
    expect(within(list).getAllByRole('listitem')).toHaveLength(5)
    expect(within(list).getAllByText('Alice Closer')).toHaveLength(2)
    expect(within(list).getAllByText('Bob Prospect')).toHaveLength(2)
    // The second segment continues Alice's turn: no name of its own.
    expect(rowOf('Shall we talk pricing?').querySelector('.aura-transcript-speaker')).toBeNull()
    expect(rowOf('Thanks for joining.').textContent).toContain('Alice Closer')
    // A speaker keeps one colour slot in every turn.
    const colours = within(list)
      .getAllByText('Alice Closer')
      .map((name) => name.closest('[data-speaker-color]')?.getAttribute('data-speaker-color'))
    expect(new Set(colours).size).toBe(1)
    expect(colours[0]).toMatch(/^[0-7]$/)
  })
})

describe('CallTranscript: playback', () => {
  it('plays the recording through a native audio element', () => {
    const { container } = renderCall()
    const audio = media(container)
    expect(audio.getAttribute('src')).toBe('https://media.example.com/call-1.wav')
    expect(audio.hasAttribute('controls')).toBe(true)
    expect(screen.getByText(/while focus is in the transcript/)).toBeTruthy()
  })

  it('seeks and plays when a segment or its time is clicked', async () => {
    const user = userEvent.setup()
    const { seek, play } = spyPlayback()
    renderCall()
    await user.click(screen.getByText('Shall we talk pricing?'))
    expect(seek).toHaveBeenLastCalledWith(4)
    expect(play).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Play from 0:16' }))
    expect(seek).toHaveBeenLastCalledWith(16)
    expect(seek).toHaveBeenCalledTimes(2)
    expect(play).toHaveBeenCalledTimes(2)
  })

  it('marks the segment playing as playback moves on', () => {
    const { container } = renderCall()
    expect(segments().querySelector('[aria-current="true"]')).toBeNull()
    playTo(media(container), 11)
    expect(rowOf('Yes, pricing first.').getAttribute('aria-current')).toBe('true')
    playTo(media(container), 16.5)
    expect(rowOf('Yes, pricing first.').hasAttribute('aria-current')).toBe(false)
    expect(rowOf('Pricing starts low.').getAttribute('aria-current')).toBe('true')
    playTo(media(container), 2)
    expect(rowOf('Thanks for joining.').getAttribute('data-state')).toBe('active')
  })

  it('plays, pauses and skips from the keyboard inside the transcript', async () => {
    const user = userEvent.setup()
    const { play, pause } = spyPlayback()
    const { container } = renderCall()
    const audio = media(container)
    segments().focus()
    await user.keyboard('k')
    expect(play).toHaveBeenCalledTimes(1)
    vi.spyOn(HTMLMediaElement.prototype, 'paused', 'get').mockReturnValue(false)
    await user.keyboard(' ')
    expect(pause).toHaveBeenCalledTimes(1)
    audio.currentTime = 30
    await user.keyboard('l')
    expect(audio.currentTime).toBe(40)
    await user.keyboard('j')
    expect(audio.currentTime).toBe(30)
    await user.keyboard('{ArrowRight}')
    expect(audio.currentTime).toBe(35)
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(audio.currentTime).toBe(25)
    audio.currentTime = 3
    await user.keyboard('j')
    expect(audio.currentTime).toBe(0)
  })

  it('does not hijack keys typed into the search box or Space on a button', async () => {
    const user = userEvent.setup()
    const { play, seek } = spyPlayback()
    renderCall()
    await user.type(screen.getByLabelText('Search transcript'), 'kj l')
    expect(play).not.toHaveBeenCalled()
    expect(seek).not.toHaveBeenCalled()
    screen.getByRole('button', { name: 'Play from 0:10' }).focus()
    await user.keyboard(' ')
    // Space pressed the button (a seek), it did not toggle playback on top.
    expect(seek).toHaveBeenLastCalledWith(10)
    expect(play).toHaveBeenCalledTimes(1)
  })

  it('has no seek buttons or shortcuts without a playable recording', async () => {
    const user = userEvent.setup()
    const { play } = spyPlayback()
    const { container } = renderCall({ recording_url: 'javascript:alert(1)' })
    expect(container.querySelector('audio, video')).toBeNull()
    expect(screen.getByText("The recording can't be played here.")).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Play from/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Follow playback' })).toBeNull()
    segments().focus()
    await user.keyboard('k')
    await user.click(screen.getByText('Great.'))
    expect(play).not.toHaveBeenCalled()
  })

  it('resolves a relative recording URL against recordingBaseUrl only', () => {
    const relative = { recording_url: '/media/recordings/call-1.wav' }
    const first = renderCall(relative)
    expect(media(first.container)).toBeNull()
    first.unmount()
    const { container } = render(
      <CallTranscript call={{ ...call, ...relative }} recordingBaseUrl="http://aura.test" />,
    )
    expect(media(container).getAttribute('src')).toBe(
      'http://aura.test/media/recordings/call-1.wav',
    )
  })

  it('uses a video element with transcript captions for a video recording', async () => {
    const createObjectURL = vi
      .spyOn(URL, 'createObjectURL')
      .mockReturnValue('blob:http://localhost/captions')
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const { container, unmount } = renderCall({ recording_url: 'https://cdn.example.com/c.mp4' })
    const video = container.querySelector('video') as HTMLVideoElement
    expect(video.getAttribute('src')).toBe('https://cdn.example.com/c.mp4')
    const track = await vi.waitFor(() => {
      const found = video.querySelector('track')
      expect(found).not.toBeNull()
      return found as HTMLTrackElement
    })
    expect(track.getAttribute('kind')).toBe('captions')
    expect(track.getAttribute('src')).toBe('blob:http://localhost/captions')
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob
    expect(await blob.text()).toContain('00:00:04.000 --> 00:00:09.000\n<v Alice Closer>Shall we')
    unmount()
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/captions')
  })

  it('reports a recording that fails to load', () => {
    const { container } = renderCall()
    fireEvent.error(media(container))
    expect(screen.getByRole('alert').textContent).toBe("The recording couldn't be loaded.")
  })
})
