import { screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CallsTable } from '../calls-table/CallsTable.tsx'
import type { KnownUser } from '../kit/users.ts'
import { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { paramsOf, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { pickerOptions, userIdOf } from './UserPicker.tsx'

const harness = setupMockServer()

const TEAM: KnownUser[] = [
  { id: 'user_ada', name: 'Ada Lovelace' },
  { id: 'user_grace', name: 'Grace Hopper' },
  { id: 'user_alan', name: 'Alan Turing' },
  { id: 'user_alan2', name: 'Alan Turing' },
]

const optionTexts = (input: HTMLElement) => {
  const list = document.getElementById(input.getAttribute('list') ?? '')
  return [...(list?.querySelectorAll('option') ?? [])].map((option) => option.value)
}

describe('the people picker of user filters', () => {
  it('offers known people by name and sends the id of the one picked', async () => {
    const user = userEvent.setup()
    const onFiltersChange = vi.fn()
    renderWithProvider(<LeadsTable pageSize={50} users={TEAM} onFiltersChange={onFiltersChange} />)
    const picker = screen.getByRole('combobox', { name: 'Assignee' })
    expect(picker.getAttribute('placeholder')).toBe('Name')
    expect(optionTexts(picker)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Alan Turing (user_alan)',
      'Alan Turing (user_alan2)',
    ])

    await user.type(picker, 'grace hopper{Enter}')
    await waitFor(() =>
      expect(paramsOf(harness, '/v1/leads').at(-1)?.get('assigned_to_id')).toBe('user_grace'),
    )
    expect(onFiltersChange).toHaveBeenLastCalledWith({ assignedToId: 'user_grace' })
    // The applied filter shows the person, not the id.
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveProperty(
      'value',
      'Grace Hopper',
    )
  })

  it('shows the name of a preset closer and keeps a typed unknown id as it is', async () => {
    const user = userEvent.setup()
    renderWithProvider(
      <CallsTable pageSize={50} users={TEAM} defaultFilters={{ closerId: 'user_ada' }} />,
    )
    await waitFor(() =>
      expect(paramsOf(harness, '/v1/calls').at(-1)?.get('closer_id')).toBe('user_ada'),
    )
    expect(screen.getByRole('combobox', { name: 'Closer' })).toHaveProperty('value', 'Ada Lovelace')
    await user.type(screen.getByRole('combobox', { name: 'Setter' }), 'user_2mQx7VfKp3LzR8{Enter}')
    await waitFor(() =>
      expect(paramsOf(harness, '/v1/calls').at(-1)?.get('setter_id')).toBe('user_2mQx7VfKp3LzR8'),
    )
  })

  it('stays a plain id field while the kit knows nobody', () => {
    renderWithProvider(<CallsTable pageSize={50} />)
    const closer = screen.getByLabelText('Closer')
    expect(closer.hasAttribute('list')).toBe(false)
    expect(closer.getAttribute('placeholder')).toBe('user_…')
  })
})

describe('userIdOf', () => {
  it.each([
    ['Ada Lovelace', 'user_ada'],
    ['ada lovelace', 'user_ada'],
    ['Alan Turing (user_alan2)', 'user_alan2'],
    // A name two people share says nothing alone: the text is kept as typed.
    ['Alan Turing', 'Alan Turing'],
    ['user_grace', 'user_grace'],
    ['user_unknown', 'user_unknown'],
    ['', ''],
  ])('%s → %s', (text, id) => {
    expect(userIdOf(text, TEAM)).toBe(id)
  })

  it('keeps every name apart when no two people share one', () => {
    expect(pickerOptions(TEAM.slice(0, 2)).map((option) => option.text)).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
    ])
  })
})
