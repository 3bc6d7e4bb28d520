import type { Lead } from '@aura-kit/client'
import { CLERK_USERS } from '@aura-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useArgs } from 'storybook/preview-api'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { de } from '../messages/de/index.ts'
import { MockApiProvider, withMockApi } from '../test-utils/MockApiProvider.tsx'
import { generateLeads, hostileLeads } from '../test-utils/storyData.ts'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { LeadsTable } from './LeadsTable.tsx'
import { type LeadsTableProps, useLeadsTable } from './useLeadsTable.ts'

const meta = {
  title: 'Components/LeadsTable',
  component: LeadsTable,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', pageSize: 50, onRowOpen: fn(), onExport: fn() },
  argTypes: {
    data: { control: false },
    columns: { control: false },
    extraColumns: { control: false },
  },
} satisfies Meta<typeof LeadsTable>

export default meta
type Story = StoryObj<typeof meta>

const grid = (canvasElement: HTMLElement, name = 'Leads') =>
  within(canvasElement).findByRole('grid', { name })
const rowCount = (table: HTMLElement) => Number(table.getAttribute('aria-rowcount')) - 1

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    const rows = within(table).getAllByRole('row')
    expect(rows.length).toBeGreaterThan(5)
    // Virtualized: only the visible rows are in the DOM.
    expect(rows.length).toBeLessThan(50)
  },
}

export const Controlled: Story = {
  args: { filters: { status: 'won' }, onFiltersChange: fn() },
  render: function ControlledLeadsTable(args) {
    const [, updateArgs] = useArgs<{ filters: typeof args.filters }>()
    return (
      <LeadsTable
        {...args}
        onFiltersChange={(filters) => {
          args.onFiltersChange?.(filters)
          updateArgs({ filters })
        }}
      />
    )
  },
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBeGreaterThan(0))
    const statuses = within(table).getAllByText('Won')
    expect(statuses.length).toBeGreaterThan(0)
    expect(within(table).queryByText('Lost')).toBeNull()
  },
}

export const Loading: Story = {
  parameters: { mockApi: { faults: [{ path: '/v1/leads', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByTestId('aura-skeleton')).toBeVisible()
  },
}

export const Empty: Story = {
  args: { defaultFilters: { source: 'no-such-source' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('No leads match these filters')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  parameters: { mockApi: { faults: [{ path: '/v1/leads', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent('Injected fault: HTTP 500')
    expect(alert).toHaveTextContent(/Request id: req_[0-9a-f]{12}/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

export { ErrorStory as Error }

export const Huge: Story = {
  loaders: [() => ({ leads: generateLeads(100_000) })],
  render: (args, { loaded }) => <LeadsTable {...args} data={loaded.leads as Lead[]} />,
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    expect(rowCount(table)).toBe(100_000)
    expect(within(table).getAllByRole('row').length).toBeLessThan(100)
  },
}

export const Hostile: Story = {
  loaders: [() => ({ leads: hostileLeads() })],
  render: (args, { loaded }) => <LeadsTable {...args} data={loaded.leads as Lead[]} />,
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    // Rendered as text, never as markup.
    expect(within(table).getByText('<script>alert(1)</script> Mallory')).toBeVisible()
    expect(table.querySelector('script, img')).toBeNull()
    expect(table.querySelector('a[href^="javascript:"]')).toBeNull()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    expect(table.closest('.aura-root')).toHaveAttribute('data-theme', 'dark')
  },
}

export const HostileHostCss: Story = {
  decorators: [withHostileHostCss],
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1)
  },
}

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <LeadsTable {...args} label="Leads (loaded)" />
      <MockApiProvider faults={[{ path: '/v1/leads', latencyMs: 3_600_000 }]}>
        <LeadsTable {...args} label="Leads (loading)" />
      </MockApiProvider>
      <LeadsTable {...args} label="Leads (empty)" defaultFilters={{ source: 'no-such-source' }} />
      <MockApiProvider faults={[{ path: '/v1/leads', status: 500 }]}>
        <LeadsTable {...args} label="Leads (error)" />
      </MockApiProvider>
    </div>
  ),
}

/** The host's own toolbar over the kit's grid and footer: `LeadsTable.Root` + buttons + `Grid`. */
function HostToolbarLeads(args: LeadsTableProps) {
  const table = useLeadsTable(args)
  const selected = table.selection.ids.size
  const status = table.filters?.value.status
  return (
    <LeadsTable.Root table={table}>
      <LeadsTable.Toolbar asChild>
        <nav aria-label="Lead shortcuts">
          <button
            type="button"
            className="aura-button"
            aria-pressed={status === 'won'}
            onClick={() => table.filters?.onChange(status === 'won' ? {} : { status: 'won' })}
          >
            Won deals only
          </button>
          <button
            type="button"
            className="aura-button"
            disabled={selected === 0}
            onClick={() => table.selection.clear()}
          >
            Unselect {selected}
          </button>
          <LeadsTable.Export />
          <LeadsTable.ColumnMenu />
        </nav>
      </LeadsTable.Toolbar>
      <LeadsTable.Grid />
      <LeadsTable.Footer />
    </LeadsTable.Root>
  )
}

export const CustomComposition: Story = {
  args: { onSelectionChange: fn() },
  render: (args) => <HostToolbarLeads {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    // The kit's filter bar is not there: the host's toolbar replaced it.
    expect(canvas.queryByRole('form')).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: 'Won deals only' }))
    await waitFor(() => expect(within(table).queryByText('Lost')).toBeNull())
    expect(within(table).getAllByText('Won').length).toBeGreaterThan(0)
    const [firstBox] = within(table).getAllByRole('checkbox', { name: 'Select row' })
    await userEvent.click(firstBox as HTMLElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Unselect 1' }))
    await expect(canvas.getByRole('button', { name: 'Unselect 0' })).toBeDisabled()
  },
}

export const German: Story = {
  args: { messages: de, locale: 'de-DE', users: CLERK_USERS.map(({ id, name }) => ({ id, name })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(within(table).getByRole('columnheader', { name: /E-Mail/ })).toBeVisible()
    expect(canvas.getByRole('button', { name: 'Als CSV exportieren' })).toBeVisible()
    expect(canvas.getByRole('combobox', { name: 'Zuständig' })).toBeVisible()
    expect(table.closest('.aura-root')).toHaveAttribute('lang', 'de')
  },
}
