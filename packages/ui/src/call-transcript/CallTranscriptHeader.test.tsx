import type { Call } from '@aura-kit/client'
import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { AuraKitProvider } from '../kit/AuraKitProvider.tsx'
import { CallTranscript } from './CallTranscript.tsx'

const call: Call = {
  id: 'call-people',
  status: 'closed',
  closer_id: 'user_closer',
  setter_id: 'user_setter',
  action_items: [
    { title: 'Send pricing', owner: 'user_setter', due_at: null, notes: null },
    { title: 'Book follow-up', owner: 'user_gone', due_at: null, notes: null },
  ],
}

const detail = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement
const owners = () =>
  [...document.querySelectorAll('.aura-transcript-action')].map(
    (item) => item.querySelector('.aura-user')?.textContent,
  )

describe('people in the call header and action items', () => {
  it("render as UserName through the kit's resolveUser: name, avatar, the id as its title", () => {
    const resolveUser = vi.fn((id: string) =>
      id === 'user_closer'
        ? { name: 'Ada Lovelace', avatarUrl: 'https://img.test/ada.png' }
        : id === 'user_setter'
          ? 'Grace Hopper'
          : null,
    )
    render(
      <AuraKitProvider resolveUser={resolveUser}>
        <CallTranscript call={call} />
      </AuraKitProvider>,
    )
    const closer = within(detail('Closer')).getByText('Ada Lovelace')
    expect(closer.tagName).toBe('BDI')
    expect(closer.title).toBe('user_closer')
    expect(closer.querySelector('img')?.getAttribute('src')).toBe('https://img.test/ada.png')
    expect(detail('Setter').textContent).toBe('Grace Hopper')
    // An id the host does not know stays as it is.
    expect(owners()).toEqual(['Grace Hopper', 'user_gone'])
    // Asked once per person, however often they appear.
    expect(resolveUser.mock.calls.map(([id]) => id).sort()).toEqual([
      'user_closer',
      'user_gone',
      'user_setter',
    ])
  })

  it('an async resolver shows the id first, then the name', async () => {
    render(
      <CallTranscript
        call={call}
        resolveUser={async (id) => (id === 'user_closer' ? 'Ada Lovelace' : undefined)}
      />,
    )
    expect(detail('Closer').textContent).toBe('user_closer')
    expect(await within(detail('Closer')).findByText('Ada Lovelace')).toBeTruthy()
    expect(detail('Setter').textContent).toBe('user_setter')
  })

  it("the component's resolveUser overrides the provider's; resolveUserName still feeds it", () => {
    const first = render(
      <AuraKitProvider resolveUser={() => 'From provider'} queryClient={new QueryClient()}>
        <CallTranscript call={call} resolveUser={(id) => `Own ${id}`} />
      </AuraKitProvider>,
    )
    expect(detail('Closer').textContent).toBe('Own user_closer')
    first.unmount()
    render(<CallTranscript call={call} resolveUserName={(id) => `Legacy ${id}`} />)
    expect(detail('Setter').textContent).toBe('Legacy user_setter')
  })

  it('a dash when the call names nobody', () => {
    render(<CallTranscript call={{ ...call, closer_id: null, setter_id: '' }} />)
    expect(detail('Closer').textContent).toBe('—')
    expect(detail('Setter').textContent).toBe('—')
  })
})
