import type { Call } from '@aura-kit/client'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CallTranscript } from './CallTranscript.tsx'

const call: Call = {
  id: 'call-parts',
  status: 'closed',
  closer_id: 'user_closer',
  has_recording: true,
  recording_url: 'https://media.example.com/parts.wav',
  ai_summary: 'They want pricing.',
  transcript_data: {
    duration_seconds: 20,
    segments: [
      { start_seconds: 0, end_seconds: 3, speaker: 'Alice', text: 'Welcome, pricing is simple.' },
      { start_seconds: 3, end_seconds: 6, speaker: 'Bob', text: 'What about pricing for teams?' },
      { start_seconds: 6, end_seconds: 9, speaker: 'Alice', text: 'Teams get a discount.' },
    ],
  },
}

const segments = () => screen.getByRole('region', { name: 'Transcript segments' })
const spyPlayback = () => ({
  play: vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined),
  seek: vi.spyOn(HTMLMediaElement.prototype, 'currentTime', 'set'),
})

describe('CallTranscript parts', () => {
  it('each renders its one element, forwards its ref and spreads the rest of its props', () => {
    const refs = {
      root: createRef<HTMLDivElement>(),
      header: createRef<HTMLDListElement>(),
      insights: createRef<HTMLDivElement>(),
      player: createRef<HTMLDivElement>(),
      search: createRef<HTMLDivElement>(),
      speakers: createRef<HTMLFieldSetElement>(),
      follow: createRef<HTMLButtonElement>(),
      export: createRef<HTMLButtonElement>(),
      list: createRef<HTMLElement>(),
    }
    const host = (name: string) => ({ className: `host-${name}`, 'data-host': name })
    render(
      <CallTranscript.Root call={call} ref={refs.root} {...host('root')}>
        <CallTranscript.Header ref={refs.header} {...host('header')} />
        <CallTranscript.Insights ref={refs.insights} {...host('insights')} />
        <CallTranscript.Player ref={refs.player} {...host('player')} />
        <CallTranscript.Search ref={refs.search} {...host('search')} />
        <CallTranscript.SpeakerFilter ref={refs.speakers} {...host('speakers')} />
        <CallTranscript.Follow ref={refs.follow} {...host('follow')} />
        <CallTranscript.Export ref={refs.export} {...host('export')} />
        <CallTranscript.List ref={refs.list} {...host('list')} />
      </CallTranscript.Root>,
    )
    const expected: Record<keyof typeof refs, [tag: string, ownClass: string]> = {
      root: ['DIV', 'aura-root'],
      header: ['DL', 'aura-transcript-details'],
      insights: ['DIV', 'aura-transcript-insights'],
      player: ['DIV', 'aura-transcript-player'],
      search: ['DIV', 'aura-transcript-search'],
      speakers: ['FIELDSET', 'aura-transcript-speakers'],
      follow: ['BUTTON', 'aura-transcript-follow'],
      export: ['BUTTON', 'aura-button'],
      list: ['SECTION', 'aura-transcript-scroll'],
    }
    for (const [name, ref] of Object.entries(refs)) {
      const [tag, ownClass] = expected[name as keyof typeof refs]
      const element = ref.current as HTMLElement
      expect(element.tagName, name).toBe(tag)
      expect(element.classList.contains(ownClass), `${name} keeps ${ownClass}`).toBe(true)
      expect(element.classList.contains(`host-${name}`), `${name} takes a class`).toBe(true)
      expect(element.dataset.host).toBe(name)
    }
    expect(refs.root.current).toBe(screen.getByRole('region', { name: 'Call transcript' }))
    expect(refs.list.current).toBe(segments())
    expect(refs.follow.current).toBe(screen.getByRole('button', { name: 'Follow playback' }))
    expect(refs.player.current?.querySelector('audio')).not.toBeNull()
  })

  it('searches from the host toolbar, outside the list, and the list highlights the hits', async () => {
    const user = userEvent.setup()
    render(
      <CallTranscript.Root call={call}>
        <div role="toolbar" aria-label="Call tools">
          <CallTranscript.Search />
          <CallTranscript.Export />
        </div>
        <main>
          <CallTranscript.List />
        </main>
      </CallTranscript.Root>,
    )
    const toolbar = screen.getByRole('toolbar', { name: 'Call tools' })
    await user.type(
      within(toolbar).getByRole('searchbox', { name: 'Search transcript' }),
      'pricing',
    )
    expect(await within(toolbar).findByText('1 of 2')).toBeTruthy()
    const marks = () => [...segments().querySelectorAll('mark')]
    expect(marks().map((mark) => mark.closest('li')?.dataset.entry)).toEqual(['0', '1'])
    expect(segments().querySelector('mark[aria-current="true"]')).toBe(marks()[0])
    await user.keyboard('{Enter}')
    expect(within(toolbar).getByText('2 of 2')).toBeTruthy()
    expect(segments().querySelector('mark[aria-current="true"]')).toBe(marks()[1])
  })

  it('take asChild: the host brings the search container and the buttons', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    render(
      <CallTranscript.Root call={call} onExport={onExport}>
        <CallTranscript.Player />
        <ul aria-label="Call tools">
          <CallTranscript.Search asChild className="host-search">
            <li data-slot="tool" />
          </CallTranscript.Search>
        </ul>
        <CallTranscript.Follow asChild>
          <button type="button" className="host-follow">
            Keep up
          </button>
        </CallTranscript.Follow>
        <CallTranscript.Export asChild>
          <button type="button" className="host-export">
            Download
          </button>
        </CallTranscript.Export>
        <CallTranscript.List />
      </CallTranscript.Root>,
    )
    const follow = screen.getByRole('button', { name: 'Keep up' })
    expect(follow.className).toBe('host-follow')
    expect(follow.getAttribute('aria-pressed')).toBe('true')
    expect(follow.dataset.state).toBe('on')
    await user.click(follow)
    expect(follow.getAttribute('aria-pressed')).toBe('false')
    expect(follow.dataset.state).toBe('off')

    const item = within(screen.getByRole('list', { name: 'Call tools' })).getByRole('listitem')
    expect(item.dataset.slot).toBe('tool')
    expect(item.className).toBe('aura-field aura-transcript-search host-search')
    await user.type(within(item).getByRole('searchbox', { name: 'Search transcript' }), 'teams')
    expect(await within(item).findByText('1 of 2')).toBeTruthy()

    const download = screen.getByRole('button', { name: 'Download' })
    expect(download.className).toBe('host-export')
    expect(download.getAttribute('aria-haspopup')).toBe('menu')
    await user.click(download)
    await user.click(await screen.findByRole('menuitem', { name: 'Text (.txt)' }))
    expect(onExport).toHaveBeenCalledWith(expect.any(Blob), 'call-call-parts.txt')
  })

  it('without a Player, lines do not seek and nothing points at a missing legend', async () => {
    const user = userEvent.setup()
    const { play } = spyPlayback()
    render(
      <CallTranscript.Root call={call}>
        <CallTranscript.Follow />
        <CallTranscript.List />
      </CallTranscript.Root>,
    )
    expect(screen.queryByRole('button', { name: /^Play from/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Follow playback' })).toBeNull()
    expect(segments().hasAttribute('aria-describedby')).toBe(false)
    await user.click(screen.getByText('Teams get a discount.'))
    expect(play).not.toHaveBeenCalled()
  })

  it('with the Player anywhere in the root, lines seek and the shortcuts work', async () => {
    const user = userEvent.setup()
    const { play, seek } = spyPlayback()
    render(
      <CallTranscript.Root call={call}>
        <CallTranscript.List />
        <aside>
          <CallTranscript.Player />
        </aside>
      </CallTranscript.Root>,
    )
    const legend = screen.getByText(/while focus is in the transcript/)
    expect(segments().getAttribute('aria-describedby')).toBe(legend.id)
    await user.click(screen.getByRole('button', { name: 'Play from 0:06' }))
    expect(seek).toHaveBeenLastCalledWith(6)
    segments().focus()
    await user.keyboard('k')
    expect(play).toHaveBeenCalledTimes(2)
  })

  it("the root composes the host's key handler first; preventDefault skips the shortcut", () => {
    const { play } = spyPlayback()
    const onKeyDown = vi.fn((event: { key: string; preventDefault: () => void }) => {
      if (event.key === 'k') {
        event.preventDefault()
      }
    })
    render(
      <CallTranscript.Root call={call} onKeyDown={onKeyDown}>
        <CallTranscript.Player />
        <CallTranscript.List />
      </CallTranscript.Root>,
    )
    fireEvent.keyDown(segments(), { key: 'k' })
    expect(onKeyDown).toHaveBeenCalledTimes(1)
    expect(play).not.toHaveBeenCalled()
    fireEvent.keyDown(segments(), { key: ' ' })
    expect(play).toHaveBeenCalledTimes(1)
  })

  it('a custom composition leaves out what it does not render', () => {
    render(
      <CallTranscript.Root call={call} label="Discovery call">
        <CallTranscript.Header />
        <CallTranscript.List />
      </CallTranscript.Root>,
    )
    const region = screen.getByRole('region', { name: 'Discovery call' })
    expect(within(region).getByText('Closed')).toBeTruthy()
    expect(
      within(region).getByRole('region', { name: 'Discovery call: transcript segments' }),
    ).toBeTruthy()
    expect(screen.queryByText('They want pricing.')).toBeNull()
    expect(region.querySelector('audio')).toBeNull()
    expect(screen.queryByRole('searchbox')).toBeNull()
  })

  it("with nothing to list, the kit's empty state stands in the list's place with its ref", () => {
    const ref = createRef<HTMLElement>()
    render(
      <CallTranscript.Root call={{ ...call, transcript_data: null }}>
        <CallTranscript.List ref={ref} className="host-list" />
      </CallTranscript.Root>,
    )
    const state = screen.getByRole('status')
    expect(state.textContent).toBe('No transcript for this call.')
    expect(ref.current).toBe(state)
    expect(state.dataset.state).toBe('empty')
    expect(state.classList.contains('host-list')).toBe(true)
  })

  it('outside a Root, a part says where it belongs', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // React 18 reports the render error to window as well; it is the one expected here.
    const quiet = (event: ErrorEvent) => event.preventDefault()
    window.addEventListener('error', quiet)
    expect(() => render(<CallTranscript.Search />)).toThrow(
      '<CallTranscript.Search> must be rendered inside <CallTranscript.Root>.',
    )
    window.removeEventListener('error', quiet)
  })
})
