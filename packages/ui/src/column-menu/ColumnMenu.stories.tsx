import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ColumnMenu, type ColumnMenuProps, type HideableColumn } from './ColumnMenu.tsx'

const HEADERS = ['Name', 'Email', 'Company', 'Phone'] as const

/** Columns whose visibility lives in state, as a table's would. */
function ColumnsInState(props: Omit<ColumnMenuProps, 'columns'>) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set(['Phone']))
  const columns = HEADERS.map(
    (header): HideableColumn => ({
      id: header.toLowerCase(),
      columnDef: { header },
      getCanHide: () => true,
      getIsVisible: () => !hidden.has(header),
      toggleVisibility: (visible) =>
        setHidden((current) => {
          const next = new Set(current)
          if (visible === false) {
            next.add(header)
          } else {
            next.delete(header)
          }
          return next
        }),
    }),
  )
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', minHeight: 240 }}>
      <ColumnMenu {...props} columns={columns} />
      <output aria-label="Visible columns">
        {HEADERS.filter((header) => !hidden.has(header)).join(', ')}
      </output>
    </div>
  )
}

const meta = {
  title: 'Components/ColumnMenu',
  component: ColumnsInState,
} satisfies Meta<typeof ColumnsInState>

export default meta
type Story = StoryObj<typeof meta>

/** A plain button until used: the menu's code loads on hover, focus or the first open. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Columns' })
    await expect(trigger).toHaveAttribute('aria-haspopup', 'menu')
    await expect(trigger).toHaveAttribute('aria-expanded', 'false')
    await expect(within(canvasElement).queryByRole('menu')).toBeNull()
  },
}

/** Opened with Enter: focus on the first item, arrows and Space toggle columns; left open. */
export const OpenFromKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const trigger = canvas.getByRole('button', { name: 'Columns' })
    trigger.focus()
    await userEvent.keyboard('{Enter}')
    const menu = await canvas.findByRole('menu', { name: 'Columns' })
    await expect(trigger).toHaveAttribute('aria-expanded', 'true')
    const items = within(menu).getAllByRole('menuitemcheckbox')
    await waitFor(() => expect(items[0]).toHaveFocus())
    await expect(items[3]).toHaveAttribute('aria-checked', 'false')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown} ')
    await expect(items[3]).toHaveAttribute('aria-checked', 'true')
    await expect(canvas.getByRole('status', { name: 'Visible columns' })).toHaveTextContent(
      'Name, Email, Company, Phone',
    )
  },
}
