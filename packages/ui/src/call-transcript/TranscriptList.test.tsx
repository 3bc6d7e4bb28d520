import type { Call } from '@aura-kit/client'
import type { useVirtualizer as UseVirtualizer } from '@tanstack/react-virtual'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CallTranscript } from './CallTranscript.tsx'

type Options = Parameters<typeof UseVirtualizer<HTMLElement, Element>>[0]

/**
 * Every options object the list hands the virtualizer, and how often the virtualizer asks a row's
 * key. The key function is wrapped once per function the list passes, so the virtualizer sees a
 * new function exactly when the list passes one.
 */
const seen = vi.hoisted(() => ({ options: [] as Options[], keyCalls: 0 }))
vi.mock('@tanstack/react-virtual', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@tanstack/react-virtual')>()
  const counted = new WeakMap<(index: number) => unknown, (index: number) => unknown>()
  const count = (getItemKey: Options['getItemKey']) => {
    if (getItemKey === undefined) {
      return undefined
    }
    let wrapped = counted.get(getItemKey)
    if (wrapped === undefined) {
      wrapped = (index: number) => {
        seen.keyCalls++
        return getItemKey(index)
      }
      counted.set(getItemKey, wrapped)
    }
    return wrapped as Options['getItemKey']
  }
  return {
    ...actual,
    useVirtualizer: (options: Options) => {
      seen.options.push(options)
      return actual.useVirtualizer({ ...options, getItemKey: count(options.getItemKey) })
    },
  }
})

beforeEach(() => {
  seen.options = []
  seen.keyCalls = 0
})

const ROWS = 3000
const longCall: Call = {
  id: 'long',
  status: 'completed',
  recording_url: 'https://media.example.com/long.wav',
  transcript_data: {
    segments: Array.from({ length: ROWS }, (_, index) => ({
      start_seconds: index * 2,
      end_seconds: index * 2 + 1.8,
      speaker: index % 3 === 0 ? 'Bob' : 'Alice',
      text: `Line ${index}`,
    })),
  },
}

const playTo = (seconds: number) => {
  const audio = document.querySelector('audio') as HTMLAudioElement
  audio.currentTime = seconds
  fireEvent(audio, new Event('timeupdate'))
}
const distinct = (pick: (options: Options) => unknown) => new Set(seen.options.map(pick)).size

describe('the options the transcript list gives the virtualizer', () => {
  it('keep their identity while the rows stay the same, so re-renders skip re-measuring 3,000 rows', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={longCall} />)
    const renders = seen.options.length
    const keyCalls = seen.keyCalls
    // Each of these re-renders the list: a new playing line, a settled search and its hit.
    act(() => playTo(0.5))
    act(() => playTo(2.5))
    act(() => playTo(4.5))
    await user.type(screen.getByLabelText('Search transcript'), 'Line 3{Enter}')
    await screen.findByText(/^1 of /)

    expect(seen.options.length - renders).toBeGreaterThan(4)
    expect(distinct((options) => options.getItemKey)).toBe(1)
    expect(distinct((options) => options.estimateSize)).toBe(1)
    expect(distinct((options) => options.getScrollElement)).toBe(1)
    expect(distinct((options) => options.initialRect)).toBe(1)
    // A new key function makes the virtualizer recompute every row's key and offset (3,000 calls
    // per render); with stable ones only rows measured for the first time are looked at again.
    expect(seen.keyCalls - keyCalls).toBeLessThan(ROWS)
  })

  it('change when the rows change, so keys and sizes follow the speaker filter', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={longCall} />)
    const before = seen.options.at(-1)
    await user.click(screen.getByRole('checkbox', { name: 'Bob' }))
    const after = seen.options.at(-1)
    expect(after?.count).toBe(2000)
    expect(after?.getItemKey).not.toBe(before?.getItemKey)
    expect(after?.estimateSize).not.toBe(before?.estimateSize)
    // Entry 1 is Alice's second line: now the first row, keyed by its entry index.
    const region = screen.getByRole('region', { name: 'Transcript segments' })
    expect(within(region).getAllByRole('listitem')[0]?.dataset.entry).toBe('1')
  })
})
