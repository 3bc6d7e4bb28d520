import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AuraRoot } from '../aura-root/AuraRoot.tsx'
import { de } from '../messages/de/index.ts'
import { FilterBar, type FilterControl } from './FilterBar.tsx'

const CONTROLS: readonly FilterControl[] = [
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    options: [
      { value: 'new', label: 'New' },
      { value: 'won', label: 'Won' },
    ],
  },
  { kind: 'text', name: 'source', label: 'Source' },
]

const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => [(option as HTMLOptionElement).value, option.textContent])

describe('FilterBar', () => {
  it('renders a select control as a labelled native select with "Any" first', () => {
    render(
      <FilterBar
        label="Lead filters"
        controls={CONTROLS}
        values={{ status: 'won' }}
        onChange={() => {}}
      />,
    )
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(status.localName).toBe('select')
    expect(status.getAttribute('name')).toBe('status')
    expect(status.className).toBe('aura-select')
    expect(status).toHaveProperty('value', 'won')
    expect(optionsOf(status)).toEqual([
      ['', 'Any'],
      ['new', 'New'],
      ['won', 'Won'],
    ])
  })

  it('applies a choice at once, and "Any" as an empty value', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { rerender } = render(
      <FilterBar
        label="Lead filters"
        controls={CONTROLS}
        values={{ status: '', source: 'google' }}
        onChange={onChange}
      />,
    )
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(status).toHaveProperty('value', '')
    await user.selectOptions(status, 'Won')
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenLastCalledWith({ status: 'won', source: 'google' })
    // Controlled: it shows what the values say until the owner applies the change.
    expect(status).toHaveProperty('value', '')

    rerender(
      <FilterBar
        label="Lead filters"
        controls={CONTROLS}
        values={{ status: 'won', source: 'google' }}
        onChange={onChange}
      />,
    )
    expect(status).toHaveProperty('value', 'won')
    await user.selectOptions(status, 'Any')
    expect(onChange).toHaveBeenLastCalledWith({ status: '', source: 'google' })
  })

  it('shows a value its options do not list instead of "Any"', () => {
    render(
      <FilterBar
        label="Lead filters"
        controls={CONTROLS}
        values={{ status: 'archived' }}
        onChange={() => {}}
      />,
    )
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(status).toHaveProperty('value', 'archived')
    expect(optionsOf(status)).toEqual([
      ['', 'Any'],
      ['archived', 'archived'],
      ['new', 'New'],
      ['won', 'Won'],
    ])
  })

  it('says "any" in the kit messages in force', () => {
    render(
      <AuraRoot messages={de}>
        <FilterBar label="Lead-Filter" controls={CONTROLS} values={{}} onChange={() => {}} />
      </AuraRoot>,
    )
    const status = screen.getByRole('combobox', { name: 'Status' })
    expect(optionsOf(status)[0]).toEqual(['', 'Alle'])
  })
})
