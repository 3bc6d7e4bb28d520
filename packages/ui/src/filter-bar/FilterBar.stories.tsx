import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { FilterBar, type FilterBarProps, type FilterControl } from './FilterBar.tsx'

const CONTROLS: readonly FilterControl[] = [
  {
    kind: 'select',
    name: 'status',
    label: 'Status',
    options: [
      { value: 'new', label: 'New' },
      { value: 'won', label: 'Won' },
      { value: 'lost', label: 'Lost' },
    ],
  },
  { kind: 'text', name: 'source', label: 'Source', placeholder: 'utm_source' },
]

const meta = {
  title: 'Components/FilterBar',
  component: FilterBar,
  args: { label: 'Lead filters', controls: CONTROLS, values: { status: '' }, onChange: fn() },
  argTypes: { controls: { control: false } },
  render: function FilterBarWithState(args: FilterBarProps) {
    const [values, setValues] = useState(args.values)
    return (
      <FilterBar
        {...args}
        values={values}
        onChange={(next) => {
          args.onChange(next)
          setValues(next)
        }}
      />
    )
  },
} satisfies Meta<typeof FilterBar>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A native select per choice, "Any" first, applied at once. (Its keys are the browser's own: the
 * e2e suite presses real ones; user-event's synthetic keys don't move a native select.)
 */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const status = within(canvasElement).getByRole('combobox', { name: 'Status' })
    await waitFor(() => expect(status).toHaveValue(''))
    await expect(status.querySelector('option:checked')).toHaveTextContent('Any')
    await userEvent.selectOptions(status, 'Lost')
    await expect(args.onChange).toHaveBeenLastCalledWith({ status: 'lost' })
    await waitFor(() => expect(status).toHaveValue('lost'))
    await userEvent.selectOptions(status, 'Any')
    await expect(args.onChange).toHaveBeenLastCalledWith({ status: '' })
    await waitFor(() => expect(status).toHaveValue(''))
  },
}

/** The theme's colours through the kit's variables; the browser draws the list in dark. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { values: { status: 'won' } },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('combobox', { name: 'Status' })
    const root = status.closest('.aura-root') as HTMLElement
    await expect(root).toHaveAttribute('data-theme', 'dark')
    const style = getComputedStyle(status)
    await expect([style.backgroundColor, style.color, style.colorScheme]).toEqual([
      getComputedStyle(root).backgroundColor,
      getComputedStyle(root).color,
      'dark',
    ])
  },
}
