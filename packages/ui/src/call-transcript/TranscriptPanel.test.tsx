import type { Call } from '@aura-kit/client'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CallTranscript } from './CallTranscript.tsx'
import { transcriptToSrt } from './transcriptExport.ts'
import { normalizeTranscript } from './transcriptModel.ts'
import { searchTranscript } from './transcriptSearch.ts'

// Count renders of each segment's text, and every query the search runs, without changing either.
const textRenders = vi.hoisted(() => ({ count: 0 }))
vi.mock('./HighlightedText.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./HighlightedText.tsx')>()
  return {
    HighlightedText: (props: Parameters<typeof actual.HighlightedText>[0]) => {
      textRenders.count++
      return actual.HighlightedText(props)
    },
  }
})
vi.mock('./transcriptSearch.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./transcriptSearch.ts')>()
  return { ...actual, searchTranscript: vi.fn(actual.searchTranscript) }
})

beforeEach(() => {
  textRenders.count = 0
  vi.mocked(searchTranscript).mockClear()
})

const transcriptCall = (segments: Call['transcript_data'], extra: Partial<Call> = {}): Call => ({
  id: 'call-9',
  status: 'completed',
  has_recording: true,
  recording_url: 'https://media.example.com/call-9.wav',
  transcript_data: segments,
  ...extra,
})

const shortCall = transcriptCall({
  duration_seconds: 40,
  segments: [
    { start_seconds: 0, end_seconds: 3, speaker: 'Alice', text: 'Welcome, pricing is simple.' },
    { start_seconds: 3, end_seconds: 6, speaker: 'Bob', text: 'What about the budget?' },
    { start_seconds: 6, end_seconds: 9, speaker: 'Alice', text: 'Pricing depends on seats.' },
    { start_seconds: 9, end_seconds: 12, speaker: 'Bob', text: 'And PRICING for teams? Pricing!' },
    { start_seconds: 12, end_seconds: 15, speaker: null, text: 'Someone coughs.' },
    { start_seconds: 15, end_seconds: 18, speaker: 'Alice', text: 'Let us wrap up.' },
  ],
})

const longCall = (count: number): Call =>
  transcriptCall({
    duration_seconds: count * 2,
    segments: Array.from({ length: count }, (_, index) => ({
      start_seconds: index * 2,
      end_seconds: index * 2 + 1.8,
      speaker: index % 3 === 0 ? 'Bob' : 'Alice',
      text: index === 2500 ? `Line ${index} needle` : `Line ${index}`,
    })),
  })

const segments = () => screen.getByRole('region', { name: 'Transcript segments' })
const rows = () => within(segments()).queryAllByRole('listitem')
const searchBox = () => screen.getByLabelText('Search transcript')
const searchStatus = () => screen.getByRole('status', { name: '' })
const marks = () => Array.from(segments().querySelectorAll('mark'))
const currentMark = () => segments().querySelector('mark[aria-current="true"]')
const playTo = (seconds: number) => {
  const audio = document.querySelector('audio') as HTMLAudioElement
  audio.currentTime = seconds
  fireEvent(audio, new Event('timeupdate'))
}
/** jsdom has no scrolling: give the list a scroll height and make scrollTo move scrollTop. */
const enableScrolling = () => {
  const scroller = segments()
  const list = scroller.querySelector('ol') as HTMLElement
  Object.defineProperty(scroller, 'scrollHeight', {
    configurable: true,
    get: () => Number.parseFloat(list.style.height) || 0,
  })
  scroller.scrollTo = ((options: ScrollToOptions) => {
    scroller.scrollTop = options.top ?? 0
    // Browsers fire scroll events asynchronously, never inside React's commit.
    setTimeout(() => fireEvent.scroll(scroller), 0)
  }) as typeof scroller.scrollTo
  return scroller
}

describe('transcript search', () => {
  it('counts matches, highlights them and moves with Enter, Shift+Enter and the buttons', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={shortCall} />)
    await user.type(searchBox(), 'pricing')
    await waitFor(() => expect(screen.getByText('1 of 4')).toBeTruthy())
    expect(marks().map((mark) => mark.textContent)).toEqual([
      'pricing',
      'Pricing',
      'PRICING',
      'Pricing',
    ])
    // Split into text and <mark> nodes: the row's text is unchanged.
    expect(marks()[0]?.parentElement?.textContent).toBe('Welcome, pricing is simple.')
    expect(currentMark()).toBe(marks()[0])
    await user.keyboard('{Enter}')
    expect(screen.getByText('2 of 4')).toBeTruthy()
    expect(currentMark()).toBe(marks()[1])
    await user.keyboard('{Shift>}{Enter}{/Shift}{Shift>}{Enter}{/Shift}')
    expect(screen.getByText('4 of 4')).toBeTruthy()
    expect(currentMark()).toBe(marks()[3])
    await user.click(screen.getByRole('button', { name: 'Next match' }))
    expect(screen.getByText('1 of 4')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Previous match' }))
    expect(screen.getByText('4 of 4')).toBeTruthy()
  })

  it('says when nothing matches and disables the arrows', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={shortCall} />)
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveProperty('disabled', true)
    await user.type(searchBox(), 'zebra')
    expect(await screen.findByText('No matches')).toBeTruthy()
    expect(marks()).toEqual([])
    expect(screen.getByRole('button', { name: 'Previous match' })).toHaveProperty('disabled', true)
  })

  it('searches once the typing settles, or at once on Enter, never per keystroke', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={shortCall} />)
    await user.type(searchBox(), 'budget')
    await screen.findByText('1 of 1')
    const queries = vi.mocked(searchTranscript).mock.calls.map(([, query]) => query)
    expect(new Set(queries)).toEqual(new Set(['', 'budget']))
    expect(queries.filter((query) => query === 'budget')).toHaveLength(1)

    await user.clear(searchBox())
    await user.type(searchBox(), 'seats{Enter}')
    expect(screen.getByText('1 of 1')).toBeTruthy()
    expect(currentMark()?.textContent).toBe('seats')
  })

  it('scrolls to the current match in a long transcript', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={longCall(3000)} />)
    enableScrolling()
    expect(screen.queryByText(/needle/)).toBeNull()
    await user.type(searchBox(), 'needle')
    await screen.findByText('1 of 1')
    await waitFor(() => expect(currentMark()?.textContent).toBe('needle'))
  })
})

describe('speaker filter', () => {
  it('hides and shows the segments of each speaker, unknown speakers included', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={shortCall} />)
    const filter = screen.getByRole('group', { name: 'Speakers' })
    expect(
      within(filter)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Alice', 'Bob', 'Unknown speaker'])
    expect(rows()).toHaveLength(6)

    await user.click(within(filter).getByRole('checkbox', { name: 'Bob' }))
    expect(rows()).toHaveLength(4)
    expect(screen.queryByText('What about the budget?')).toBeNull()
    await user.click(within(filter).getByRole('checkbox', { name: 'Unknown speaker' }))
    expect(rows()).toHaveLength(3)
    expect(screen.queryByText('Someone coughs.')).toBeNull()

    // Search only counts what is shown.
    await user.type(searchBox(), 'pricing')
    expect(await screen.findByText('1 of 2')).toBeTruthy()

    await user.click(within(filter).getByRole('checkbox', { name: 'Alice' }))
    expect(screen.getByText('No segments for the selected speakers.')).toBeTruthy()
    await user.click(within(filter).getByRole('checkbox', { name: 'Bob' }))
    expect(rows()).toHaveLength(2)
    expect(await screen.findByText('1 of 2')).toBeTruthy()
  })
})

describe('transcript export', () => {
  it.each([
    ['Text (.txt)', 'call-call-9.txt', '[00:00:03] Bob: What about the budget?\n'],
    ['SubRip subtitles (.srt)', 'call-call-9.srt', '2\n00:00:03,000 --> 00:00:06,000\nBob: What'],
    [
      'WebVTT subtitles (.vtt)',
      'call-call-9.vtt',
      '00:00:12.000 --> 00:00:15.000\nSomeone coughs.',
    ],
    ['JSON (.json)', 'call-call-9.json', '"speaker": null,\n      "text": "Someone coughs."'],
  ])('downloads %s', async (item, filename, excerpt) => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    render(<CallTranscript call={shortCall} onExport={onExport} />)
    await user.click(screen.getByRole('button', { name: 'Export transcript' }))
    await user.click(await screen.findByRole('menuitem', { name: item }))
    expect(onExport).toHaveBeenCalledTimes(1)
    const [blob, name] = onExport.mock.calls[0] as [Blob, string]
    expect(name).toBe(filename)
    expect(await blob.text()).toContain(excerpt)
  })

  it('exports the whole transcript exactly, whatever the speaker filter shows', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    render(<CallTranscript call={shortCall} onExport={onExport} />)
    await user.click(screen.getByRole('checkbox', { name: 'Bob' }))
    await user.click(screen.getByRole('button', { name: 'Export transcript' }))
    await user.click(await screen.findByRole('menuitem', { name: 'SubRip subtitles (.srt)' }))
    const [blob] = onExport.mock.calls[0] as [Blob]
    expect(blob.type).toBe('application/x-subrip;charset=utf-8')
    expect(await blob.text()).toBe(
      transcriptToSrt(normalizeTranscript(shortCall.transcript_data).entries),
    )
  })

  it('uses a temporary object URL and a download link without onExport', async () => {
    const user = userEvent.setup()
    const createObjectURL = vi
      .spyOn(URL, 'createObjectURL')
      .mockReturnValue('blob:http://localhost/file')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<CallTranscript call={shortCall} />)
    await user.click(screen.getByRole('button', { name: 'Export transcript' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Text (.txt)' }))
    expect(createObjectURL).toHaveBeenCalledTimes(1)
    const [blob] = createObjectURL.mock.calls[0] as [Blob]
    expect(await blob.text()).toContain('Alice: Welcome')
    const link = click.mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toBe('call-call-9.txt')
    expect(link.href).toBe('blob:http://localhost/file')
  })
})

describe('long calls', () => {
  it('renders only a window of 3,000 segments', () => {
    render(<CallTranscript call={longCall(3000)} />)
    const items = rows()
    expect(items.length).toBeGreaterThan(5)
    expect(items.length).toBeLessThan(40)
    expect(items[0]?.getAttribute('aria-setsize')).toBe('3000')
    expect(screen.getByText('Line 0')).toBeTruthy()
    expect(screen.queryByText('Line 2999')).toBeNull()
  })

  it('follows playback, stops when the user scrolls, and resumes from the toggle', async () => {
    const user = userEvent.setup()
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
    render(<CallTranscript call={longCall(3000)} />)
    const scroller = enableScrolling()
    const follow = screen.getByRole('button', { name: 'Follow playback' })
    expect(follow.getAttribute('aria-pressed')).toBe('true')

    act(() => playTo(2000 * 2 + 0.5))
    const active = await screen.findByText('Line 2000')
    expect(active.closest('li')?.getAttribute('aria-current')).toBe('true')
    // Rows are ~40px: segment 2000 sits near 80,000px, segment 500 near 20,000px.
    expect(scroller.scrollTop).toBeGreaterThan(70_000)

    fireEvent.wheel(scroller)
    expect(follow.getAttribute('aria-pressed')).toBe('false')
    // Following scrolls synchronously inside act(); nothing moved the list this time.
    act(() => playTo(500 * 2 + 0.5))
    expect(scroller.scrollTop).toBeGreaterThan(70_000)
    expect(screen.queryByText('Line 500')).toBeNull()

    await user.click(follow)
    expect(follow.getAttribute('aria-pressed')).toBe('true')
    expect((await screen.findByText('Line 500')).closest('li')?.getAttribute('aria-current')).toBe(
      'true',
    )
  })

  it('turns following off for keyboard scrolling and search jumps, and on for a seek', async () => {
    const user = userEvent.setup()
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
    render(<CallTranscript call={longCall(50)} />)
    enableScrolling()
    const follow = screen.getByRole('button', { name: 'Follow playback' })
    segments().focus()
    await user.keyboard('{PageDown}')
    expect(follow.getAttribute('aria-pressed')).toBe('false')
    await user.click(screen.getByText('Line 1'))
    expect(follow.getAttribute('aria-pressed')).toBe('true')
    await user.type(searchBox(), 'Line 3{Enter}')
    await screen.findByText(/of 11/)
    expect(follow.getAttribute('aria-pressed')).toBe('false')
  })
})

describe('rendering work', () => {
  it('re-renders no segment text when the active segment moves', () => {
    render(<CallTranscript call={shortCall} />)
    expect(textRenders.count).toBe(6)
    act(() => playTo(4))
    act(() => playTo(10))
    expect(segments().querySelector('[aria-current="true"]')?.textContent).toContain('PRICING')
    expect(textRenders.count).toBe(6)
  })

  it('re-renders only the segments whose matches changed when a search settles', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={shortCall} />)
    const before = textRenders.count
    await user.type(searchBox(), 'budget')
    await screen.findByText('1 of 1')
    expect(textRenders.count - before).toBe(1)
    const settled = textRenders.count
    await user.click(screen.getByRole('button', { name: 'Next match' }))
    // One match: moving to "the next" is the same hit, so nothing re-renders.
    expect(textRenders.count).toBe(settled)
  })
})

it('the search status region is the one the input describes', () => {
  render(<CallTranscript call={shortCall} />)
  expect(searchBox().getAttribute('aria-describedby')).toBe(searchStatus().id)
})
