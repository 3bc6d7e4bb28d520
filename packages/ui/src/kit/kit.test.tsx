import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { de } from '../messages/de/index.ts'
import { common as commonEn } from '../messages/en/common.ts'
import { table as tableEn } from '../messages/en/table.ts'
import { AuraKitProvider } from './AuraKitProvider.tsx'
import { type Kit, useKit } from './KitContext.tsx'
import { UserName } from './UserName.tsx'
import { useMessages } from './useMessages.ts'

/** Renders the kit in force where it stands into `seen`. */
function Probe({ seen }: { seen: Kit[] }) {
  seen.push(useKit())
  return null
}

/** The `table` section in force where it stands, into `seen`. */
function TableProbe({ seen }: { seen: (typeof tableEn)[] }) {
  seen.push(useMessages('table', tableEn))
  return null
}

/** The `common` section in force where it stands, into `seen`. */
function CommonProbe({ seen }: { seen: (typeof commonEn)[] }) {
  seen.push(useMessages('common', commonEn))
  return null
}

const roots = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.aura-root')]

describe('the kit context', () => {
  it('outside any provider: English, USD, a light root', () => {
    const seen: Kit[] = []
    const common: (typeof commonEn)[] = []
    const { container } = render(
      <AuraRoot>
        <Probe seen={seen} />
        <CommonProbe seen={common} />
      </AuraRoot>,
    )
    // No strings of the host's: every part reads the English section it imports.
    expect(seen.at(-1)?.messages).toEqual({})
    expect(common.at(-1)).toBe(commonEn)
    expect(common.at(-1)?.retry).toBe('Retry')
    expect(seen.at(-1)?.currency).toBe('USD')
    expect(roots(container)[0]?.dataset.theme).toBe('light')
    expect(roots(container)[0]?.lang).toBe('en')
  })

  it('a nested root keeps an inherited dark theme and variables, and adds its own', () => {
    const { container } = render(
      <AuraKitProvider appearance={{ theme: 'dark', variables: { colorPrimary: '#0a7' } }}>
        <AuraRoot>
          <AuraRoot appearance={{ variables: { borderRadius: '2px' } }} />
        </AuraRoot>
      </AuraKitProvider>,
    )
    const [outer, inner] = roots(container)
    expect(outer?.dataset.theme).toBe('dark')
    expect(inner?.dataset.theme).toBe('dark')
    expect(inner?.style.getPropertyValue('--aura-color-primary')).toBe('#0a7')
    expect(inner?.style.getPropertyValue('--aura-border-radius')).toBe('2px')
  })

  it('a prop overrides the provider for that subtree only; formatters are built once per setting', () => {
    const seen: Kit[] = []
    render(
      <AuraKitProvider locale="de-DE" timeZone="Europe/Berlin" currency="EUR">
        <AuraRoot>
          <Probe seen={seen} />
        </AuraRoot>
        <AuraRoot>
          <Probe seen={seen} />
        </AuraRoot>
        <AuraRoot currency="USD">
          <Probe seen={seen} />
        </AuraRoot>
      </AuraKitProvider>,
    )
    const [first, second, overridden] = seen
    expect(first?.format).toBe(second?.format)
    const spaced = (text: string | undefined) => text?.replace(/\s/g, ' ')
    expect(spaced(first?.format.money(123_456))).toBe('1.234,56 €')
    expect(spaced(overridden?.format.money(123_456))).toBe('1.234,56 $')
    expect(overridden?.locale).toBe('de-DE')
  })

  it('a whole catalogue or a few strings replace messages, section by section', () => {
    const common: (typeof commonEn)[] = []
    const { container } = render(
      <AuraKitProvider messages={de}>
        <AuraRoot messages={{ common: { retry: 'Nochmal' } }}>
          <CommonProbe seen={common} />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(common.at(-1)?.retry).toBe('Nochmal')
    expect(common.at(-1)?.loadFailed).toBe(de.common.loadFailed)
    expect(roots(container)[0]?.lang).toBe('de')
  })

  it('a few strings of a section keep English for the rest, the same object on every render', () => {
    const seen: (typeof commonEn)[] = []
    const messages = { common: { retry: 'Try again' } }
    const { rerender } = render(
      <AuraKitProvider messages={messages}>
        <CommonProbe seen={seen} />
      </AuraKitProvider>,
    )
    rerender(
      <AuraKitProvider messages={messages}>
        <CommonProbe seen={seen} />
      </AuraKitProvider>,
    )
    expect(seen.at(-1)).toEqual({ ...commonEn, retry: 'Try again' })
    expect(seen.at(-1)).toBe(seen[0])
  })

  it('nested settings add up: the inner strings over the outer ones over English', () => {
    const seen: (typeof tableEn)[] = []
    render(
      <AuraKitProvider messages={{ table: { loadMore: 'Show more' } }}>
        <AuraRoot messages={{ table: { selectAll: 'Pick all' } }}>
          <TableProbe seen={seen} />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(seen.at(-1)?.loadMore).toBe('Show more')
    expect(seen.at(-1)?.selectAll).toBe('Pick all')
    expect(seen.at(-1)?.selectRow).toBe(tableEn.selectRow)
  })
})

describe('people', () => {
  it('shows the id until the host knows the person, then the name, asking once per id', async () => {
    const resolveUser = vi.fn(async (id: string) =>
      id === 'user_1' ? { name: 'Ada Lovelace' } : null,
    )
    render(
      <AuraKitProvider resolveUser={resolveUser} queryClient={new QueryClient()}>
        <AuraRoot>
          <UserName userId="user_1" />
          <UserName userId="user_1" />
          <UserName userId="user_2" />
        </AuraRoot>
      </AuraKitProvider>,
    )
    await waitFor(() => expect(screen.getAllByText('Ada Lovelace')).toHaveLength(2))
    expect(screen.getByText('user_2')).toBeTruthy()
    expect(resolveUser.mock.calls.map(([id]) => id).sort()).toEqual(['user_1', 'user_2'])
  })

  it('a sync resolver names people in server HTML; an unsafe avatar URL is dropped', () => {
    const html = renderToString(
      <AuraKitProvider
        resolveUser={(id) =>
          id === 'user_1'
            ? { name: 'Grace Hopper', avatarUrl: 'https://img.test/grace.png' }
            : { name: 'Mallory', avatarUrl: 'javascript:alert(1)' }
        }
      >
        <AuraRoot>
          <UserName userId="user_1" />
          <UserName userId="user_2" />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(html).toContain('Grace Hopper')
    expect(html).toContain('src="https://img.test/grace.png"')
    expect(html).toContain('Mallory')
    expect(html).not.toContain('javascript:')
  })

  it('without a resolver, or for a blank answer, the id stays', () => {
    render(
      <AuraKitProvider resolveUser={() => '  '}>
        <AuraRoot>
          <UserName userId="user_9" />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(screen.getByText('user_9')).toBeTruthy()
  })
})

describe('known users', () => {
  it('names listed users without asking resolveUser, and asks it for the rest', async () => {
    const resolveUser = vi.fn(() => 'Resolved Person')
    render(
      <AuraKitProvider users={[{ id: 'user_1', name: 'Listed Person' }]} resolveUser={resolveUser}>
        <AuraRoot>
          <UserName userId="user_1" />
          <UserName userId="user_2" />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(screen.getByText('Listed Person')).toBeTruthy()
    expect(screen.getByText('Resolved Person')).toBeTruthy()
    expect(resolveUser.mock.calls).toEqual([['user_2']])
  })
})

describe('two resolvers on one QueryClient', () => {
  it("never show each other's answer for the same id", () => {
    const queryClient = new QueryClient()
    render(
      <AuraKitProvider queryClient={queryClient} resolveUser={() => 'From the provider'}>
        <AuraRoot>
          <UserName userId="user_1" />
        </AuraRoot>
        <AuraRoot resolveUser={() => 'From the component'}>
          <UserName userId="user_1" />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(screen.getByText('From the provider')).toBeTruthy()
    expect(screen.getByText('From the component')).toBeTruthy()
  })
})

describe('without a resolver', () => {
  it('a name renders the id and creates no query', () => {
    const queryClient = new QueryClient()
    render(
      <AuraKitProvider queryClient={queryClient}>
        <AuraRoot>
          <UserName userId="user_7" />
        </AuraRoot>
      </AuraKitProvider>,
    )
    expect(screen.getByText('user_7')).toBeTruthy()
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })
})
