import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HideableColumn } from './ColumnMenu.tsx'

function column(id: string, header: string, canHide = true) {
  let visible = true
  return {
    id,
    columnDef: { header },
    getCanHide: () => canHide,
    getIsVisible: () => visible,
    toggleVisibility: vi.fn((value?: boolean) => {
      visible = value ?? !visible
    }),
  } satisfies HideableColumn
}

/**
 * A ColumnMenu from a fresh module registry, its menu module not loaded: with `gated`, that module
 * arrives only when `release()` is called.
 */
async function renderFreshMenu({ gated = false } = {}) {
  vi.resetModules()
  let release = () => {}
  if (gated) {
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    vi.doMock('./ColumnMenuContent.tsx', async () => {
      await gate
      return vi.importActual<typeof import('./ColumnMenuContent.tsx')>('./ColumnMenuContent.tsx')
    })
  }
  const { ColumnMenu } = await import('./ColumnMenu.tsx')
  const columns = [
    column('select', 'Select', false),
    column('email', 'Email'),
    column('phone', 'Phone'),
  ]
  render(<ColumnMenu columns={columns} />)
  return { columns, trigger: screen.getByRole('button', { name: 'Columns' }), release }
}

const menu = () => screen.queryByRole('menu')

describe('ColumnMenu', () => {
  afterEach(() => {
    vi.doUnmock('./ColumnMenuContent.tsx')
  })

  it('renders a plain closed trigger and no menu until it is opened', async () => {
    const { trigger } = await renderFreshMenu()
    expect(trigger.getAttribute('type')).toBe('button')
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu')
    expect(trigger.getAttribute('aria-expanded')).toBe('false')
    expect(trigger.getAttribute('aria-controls')).toBeNull()
    expect(trigger.getAttribute('data-state')).toBe('closed')
    expect(menu()).toBeNull()
  })

  it('opens on the first click once its module loads, with a checkbox per hideable column', async () => {
    const user = userEvent.setup()
    const { columns, trigger } = await renderFreshMenu()
    await user.click(trigger)
    const opened = await screen.findByRole('menu', { name: 'Columns' })
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(trigger.getAttribute('aria-controls')).toBe(opened.id)
    expect(trigger.getAttribute('data-state')).toBe('open')
    expect(within(opened).getByText('Show columns')).toBeTruthy()
    const items = within(opened).getAllByRole('menuitemcheckbox')
    expect(items.map((item) => [item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['✓Email', 'true'],
      ['✓Phone', 'true'],
    ])
    // Opened by pointer: focus is on the menu, as with Radix's own trigger.
    await waitFor(() => expect(document.activeElement).toBe(opened))

    await user.click(within(opened).getByRole('menuitemcheckbox', { name: 'Email' }))
    expect(columns[1]?.toggleVisibility).toHaveBeenCalledWith(false)
    expect(menu()).not.toBeNull()

    await user.keyboard('{Escape}')
    await waitFor(() => expect(menu()).toBeNull())
    expect(trigger.getAttribute('aria-expanded')).toBe('false')
    await waitFor(() => expect(document.activeElement).toBe(trigger))
  })

  it('opens from the keyboard on first use, once loaded, with focus on the first item', async () => {
    const user = userEvent.setup()
    const { columns, trigger, release } = await renderFreshMenu({ gated: true })
    act(() => trigger.focus())
    await user.keyboard('{Enter}')
    // Asked for, not here yet: nothing claims to be open.
    expect(menu()).toBeNull()
    expect(trigger.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(trigger)
    await act(async () => release())
    const opened = await screen.findByRole('menu')
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    const items = within(opened).getAllByRole('menuitemcheckbox')
    await waitFor(() => expect(document.activeElement).toBe(items[0]))
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(items[1])
    // A checkbox item toggles with Space and the menu stays open.
    await user.keyboard(' ')
    expect(columns[2]?.toggleVisibility).toHaveBeenCalledWith(false)
    expect(menu()).not.toBeNull()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(menu()).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(trigger))

    // Later opens are instant: Space and ArrowDown open it within the key press.
    for (const key of [' ', '{ArrowDown}']) {
      await user.keyboard(key)
      const again = screen.getByRole('menu')
      await waitFor(() =>
        expect(document.activeElement).toBe(within(again).getAllByRole('menuitemcheckbox')[0]),
      )
      await user.keyboard('{Escape}')
      await waitFor(() => expect(document.activeElement).toBe(trigger))
    }
  })

  it('loads the menu on hover, so the first click opens it at once', async () => {
    const user = userEvent.setup()
    const { trigger } = await renderFreshMenu()
    await user.hover(trigger)
    // The same module the hover asked for: once it is here, ColumnMenu has it too.
    await act(async () => {
      await import('./ColumnMenuContent.tsx')
    })
    await user.click(trigger)
    expect(screen.getByRole('menu', { name: 'Columns' })).toBeTruthy()
    // A click on the open trigger closes it.
    await user.click(trigger)
    await waitFor(() => expect(menu()).toBeNull())
  })

  it('renders nothing when no column may be hidden', async () => {
    vi.resetModules()
    const { ColumnMenu } = await import('./ColumnMenu.tsx')
    const { container } = render(<ColumnMenu columns={[column('select', 'Select', false)]} />)
    expect(container.innerHTML).toBe('')
  })
})
