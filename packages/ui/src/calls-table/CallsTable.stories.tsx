import type { Call } from '@aura-kit/client'
import { CLERK_USERS } from '@aura-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useArgs } from 'storybook/preview-api'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { de } from '../messages/de/index.ts'
import { MockApiProvider, withMockApi } from '../test-utils/MockApiProvider.tsx'
import { generateCalls, hostileCalls } from '../test-utils/storyData.ts'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { CallsTable } from './CallsTable.tsx'
import { type CallsTableProps, useCallsTable } from './useCallsTable.ts'

const meta = {
  title: 'Components/CallsTable',
  component: CallsTable,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', pageSize: 50, onRowOpen: fn(), onExport: fn() },
  argTypes: {
    data: { control: false },
    columns: { control: false },
    extraColumns: { control: false },
  },
} satisfies Meta<typeof CallsTable>

export default meta
type Story = StoryObj<typeof meta>

const NO_SUCH_LEAD = '00000000-0000-4000-8000-000000000000'
const grid = (canvasElement: HTMLElement, name = 'Calls') =>
  within(canvasElement).findByRole('grid', { name })
const rowCount = (table: HTMLElement) => Number(table.getAttribute('aria-rowcount')) - 1

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(5)
  },
}

export const Controlled: Story = {
  args: { filters: { status: 'closed' }, onFiltersChange: fn() },
  render: function ControlledCallsTable(args) {
    const [, updateArgs] = useArgs<{ filters: typeof args.filters }>()
    return (
      <CallsTable
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
    expect(within(table).getAllByText('Closed').length).toBeGreaterThan(0)
    expect(within(table).queryByText('No-show')).toBeNull()
  },
}

export const Loading: Story = {
  parameters: { mockApi: { faults: [{ path: '/v1/calls', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByTestId('aura-skeleton')).toBeVisible()
  },
}

export const Empty: Story = {
  args: { defaultFilters: { leadId: NO_SUCH_LEAD } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('No calls match these filters')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  parameters: { mockApi: { faults: [{ path: '/v1/calls', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent('Injected fault: HTTP 500')
    expect(alert).toHaveTextContent(/Request id: req_[0-9a-f]{12}/)
  },
}

export { ErrorStory as Error }

export const Huge: Story = {
  loaders: [() => ({ calls: generateCalls(100_000) })],
  render: (args, { loaded }) => <CallsTable {...args} data={loaded.calls as Call[]} />,
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    expect(rowCount(table)).toBe(100_000)
    expect(within(table).getAllByRole('row').length).toBeLessThan(100)
  },
}

export const Hostile: Story = {
  loaders: [() => ({ calls: hostileCalls() })],
  render: (args, { loaded }) => <CallsTable {...args} data={loaded.calls as Call[]} />,
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    expect(within(table).getByText('<script>alert(1)</script>')).toBeVisible()
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
      <CallsTable {...args} label="Calls (loaded)" />
      <MockApiProvider faults={[{ path: '/v1/calls', latencyMs: 3_600_000 }]}>
        <CallsTable {...args} label="Calls (loading)" />
      </MockApiProvider>
      <CallsTable {...args} label="Calls (empty)" defaultFilters={{ leadId: NO_SUCH_LEAD }} />
      <MockApiProvider faults={[{ path: '/v1/calls', status: 500 }]}>
        <CallsTable {...args} label="Calls (error)" />
      </MockApiProvider>
    </div>
  ),
}

const TEAM = CLERK_USERS.map(({ id, name }) => ({ id, name }))

/** The grid first, the kit's filters and export below it in the host's own footer. */
function GridFirstCalls(args: CallsTableProps) {
  const table = useCallsTable(args)
  return (
    <CallsTable.Root table={table}>
      <CallsTable.Grid>
        <CallsTable.Footer />
      </CallsTable.Grid>
      <CallsTable.Toolbar asChild>
        <section aria-label="Call tools">
          <CallsTable.Filters />
          <CallsTable.Export />
          <CallsTable.ColumnMenu />
        </section>
      </CallsTable.Toolbar>
    </CallsTable.Root>
  )
}

export const CustomComposition: Story = {
  args: { users: TEAM },
  render: (args) => <GridFirstCalls {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    // Closers by name through the kit's known users.
    await waitFor(() =>
      expect(within(table).getAllByText(TEAM[0]?.name ?? '').length).toBeGreaterThan(0),
    )
    const closer = canvas.getByRole('combobox', { name: 'Closer' })
    await userEvent.type(closer, `${TEAM[0]?.name}{Enter}`)
    await waitFor(() => {
      const names = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('[data-column-id="closer"]')?.textContent)
      expect(names.length).toBeGreaterThan(0)
      expect(new Set(names)).toEqual(new Set([TEAM[0]?.name]))
    })
  },
}

export const German: Story = {
  args: { messages: de, locale: 'de-DE', timeZone: 'Europe/Berlin', users: TEAM },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await grid(canvasElement, 'Gespräche')
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(within(table).getByRole('columnheader', { name: /Auftragswert/ })).toBeVisible()
    expect(canvas.getByRole('form', { name: 'Gesprächsfilter' })).toBeVisible()
    expect(canvas.getByRole('button', { name: 'Mehr laden' })).toBeVisible()
  },
}
