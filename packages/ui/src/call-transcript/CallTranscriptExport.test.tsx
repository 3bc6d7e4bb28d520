import type { Call } from '@aura-kit/client'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CallTranscript } from './CallTranscript.tsx'

// Count how often the menu's chunk is imported, without changing it.
const menuImports = vi.hoisted(() => ({ count: 0 }))
vi.mock('./TranscriptExportMenu.tsx', async (importOriginal) => {
  menuImports.count++
  return importOriginal()
})

const call: Call = {
  id: 'call-export',
  status: 'completed',
  transcript_data: {
    segments: [
      { start_seconds: 0, end_seconds: 3, speaker: 'Alice', text: 'Welcome.' },
      { start_seconds: 3, end_seconds: 6, speaker: 'Bob', text: 'Thanks.' },
    ],
  },
}

const trigger = () => screen.getByRole('button', { name: 'Export transcript' })
const ITEMS = ['Text (.txt)', 'SubRip subtitles (.srt)', 'WebVTT subtitles (.vtt)', 'JSON (.json)']

describe('CallTranscript.Export', () => {
  it('loads its menu on first hover, focus or press, not with the transcript', async () => {
    vi.resetModules()
    menuImports.count = 0
    const { CallTranscript: Fresh } = await import('./CallTranscript.tsx')
    const user = userEvent.setup()
    render(<Fresh call={call} />)
    expect(menuImports.count).toBe(0)
    await user.hover(trigger())
    await waitFor(() => expect(menuImports.count).toBe(1))
    await user.click(trigger())
    expect(await screen.findAllByRole('menuitem')).toHaveLength(4)
    expect(menuImports.count).toBe(1)
  })

  it('is a menu button: the menu it controls opens on a press, labelled by it, and closes on the next', async () => {
    const user = userEvent.setup()
    render(<CallTranscript call={call} onExport={vi.fn()} />)
    const button = trigger()
    expect(button.getAttribute('aria-haspopup')).toBe('menu')
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(button.getAttribute('aria-controls')).toBeNull()
    expect(button.dataset.state).toBe('closed')
    expect(screen.queryByRole('menu')).toBeNull()

    await user.click(button)
    const menu = await screen.findByRole('menu', { name: 'Export transcript' })
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(button.getAttribute('aria-controls')).toBe(menu.id)
    expect(button.dataset.state).toBe('open')
    expect(menu.getAttribute('aria-labelledby')).toBe(button.id)
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(ITEMS)
    // Opened by pointer, the menu itself takes focus (Radix's rule): no item looks selected.
    expect(document.activeElement).toBe(menu)
    // The menu portals into the kit root, not bare into the host's body.
    expect(menu.closest('.aura-root')).toBe(button.closest('.aura-root'))

    await user.click(button)
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(button.getAttribute('aria-controls')).toBeNull()
  })

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
    ['ArrowDown', '{ArrowDown}'],
  ])(
    '%s opens it with the first item focused; arrows move, Escape gives focus back',
    async (_, key) => {
      const user = userEvent.setup()
      render(<CallTranscript call={call} onExport={vi.fn()} />)
      const button = trigger()
      button.focus()
      await user.keyboard(key)
      const first = await screen.findByRole('menuitem', { name: ITEMS[0] })
      await waitFor(() => expect(document.activeElement).toBe(first))
      expect(button.getAttribute('aria-expanded')).toBe('true')
      await user.keyboard('{ArrowDown}')
      expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: ITEMS[1] }))
      await user.keyboard('{Escape}')
      await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
      expect(document.activeElement).toBe(button)
      expect(button.getAttribute('aria-expanded')).toBe('false')

      // Once loaded, the same keys open it again the same way.
      await user.keyboard(key)
      const again = await screen.findByRole('menuitem', { name: ITEMS[0] })
      await waitFor(() => expect(document.activeElement).toBe(again))
    },
  )

  it('exports with Enter on an item, closes and gives focus back to the button', async () => {
    const user = userEvent.setup()
    const onExport = vi.fn()
    render(<CallTranscript call={call} onExport={onExport} />)
    trigger().focus()
    await user.keyboard('{ArrowDown}')
    await screen.findByRole('menuitem', { name: ITEMS[0] })
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(onExport).toHaveBeenCalledTimes(1)
    expect(onExport.mock.calls[0]?.[1]).toBe('call-call-export.vtt')
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    expect(document.activeElement).toBe(trigger())
  })

  it('does nothing while disabled, nor when a host handler prevents the default', async () => {
    const user = userEvent.setup()
    let veto = false
    const preventIfVetoed = (event: { preventDefault: () => void }) => {
      if (veto) {
        event.preventDefault()
      }
    }
    render(
      <CallTranscript.Root call={call}>
        <CallTranscript.Export disabled>Disabled export</CallTranscript.Export>
        <CallTranscript.Export onPointerDown={preventIfVetoed} onKeyDown={preventIfVetoed}>
          Vetoed export
        </CallTranscript.Export>
      </CallTranscript.Root>,
    )
    const disabled = screen.getByRole('button', { name: 'Disabled export' })
    expect(disabled.hasAttribute('disabled')).toBe(true)
    expect(disabled.dataset.disabled).toBe('')
    expect(disabled.getAttribute('aria-expanded')).toBe('false')

    // Opened and closed once, the menu is loaded: from here a press would open it at once.
    const vetoed = screen.getByRole('button', { name: 'Vetoed export' })
    await user.click(vetoed)
    await screen.findByRole('menu')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())

    veto = true
    await user.click(vetoed)
    expect(vetoed.getAttribute('aria-expanded')).toBe('false')
    vetoed.focus()
    await user.keyboard('{Enter}{ArrowDown} ')
    expect(vetoed.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('menu')).toBeNull()
    veto = false
    await user.keyboard('{ArrowDown}')
    expect(vetoed.getAttribute('aria-expanded')).toBe('true')
    await screen.findByRole('menu', { name: 'Vetoed export' })
  })
})
