import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { de } from '../messages/de/index.ts'
import { MockApiProvider, withMockApi } from '../test-utils/MockApiProvider.tsx'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { OctanistLeadsTable } from './OctanistLeadsTable.tsx'
import { type OctanistLeadsTableProps, useOctanistLeadsTable } from './useOctanistLeadsTable.ts'

const meta = {
  title: 'Components/OctanistLeadsTable',
  component: OctanistLeadsTable,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', searchDebounceMs: 50, onRowOpen: fn() },
  argTypes: { columns: { control: false }, extraColumns: { control: false } },
} satisfies Meta<typeof OctanistLeadsTable>

export default meta
type Story = StoryObj<typeof meta>

const grid = (canvasElement: HTMLElement, name = 'Octanist leads') =>
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
  args: { query: { status: 'won', limit: 25 }, defaultSorting: [{ id: 'value', desc: true }] },
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(25))
    expect(within(table).getAllByText('Won').length).toBeGreaterThan(0)
    expect(within(table).queryByText('Lost')).toBeNull()
  },
}

export const Loading: Story = {
  parameters: { mockApi: { faults: [{ path: '/api/leads', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByTestId('aura-skeleton')).toBeVisible()
  },
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await grid(canvasElement)
    await userEvent.type(canvas.getByLabelText('Search'), 'zzzz-no-such-lead')
    await expect(await canvas.findByText('No leads match this search')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  parameters: { mockApi: { faults: [{ path: '/api/leads', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent('Injected fault: HTTP 500')
  },
}

export { ErrorStory as Error }

/** The mock puts its hostile Octanist leads (a script name, a javascript: website) on page one. */
export const Hostile: Story = {
  play: async ({ canvasElement }) => {
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(within(table).getByText(/<script>alert\(1\)<\/script>/)).toBeVisible()
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
  },
}

export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <OctanistLeadsTable {...args} label="Octanist leads (loaded)" />
      <MockApiProvider faults={[{ path: '/api/leads', latencyMs: 3_600_000 }]}>
        <OctanistLeadsTable {...args} label="Octanist leads (loading)" />
      </MockApiProvider>
      <MockApiProvider faults={[{ path: '/api/leads', status: 500 }]}>
        <OctanistLeadsTable {...args} label="Octanist leads (error)" />
      </MockApiProvider>
    </div>
  ),
}

/** The search in the host's header, the grid below, no filter bar: the Octanist parts. */
function SearchHeaderOctanist(args: OctanistLeadsTableProps) {
  const table = useOctanistLeadsTable(args)
  const total = table.rows.length
  return (
    <OctanistLeadsTable.Root table={table}>
      <OctanistLeadsTable.Toolbar asChild>
        <section aria-label="Octanist search">
          <OctanistLeadsTable.Search />
          <output className="aura-note">{total} loaded</output>
          <OctanistLeadsTable.ColumnMenu />
        </section>
      </OctanistLeadsTable.Toolbar>
      <OctanistLeadsTable.Grid>
        <OctanistLeadsTable.Footer />
      </OctanistLeadsTable.Grid>
    </OctanistLeadsTable.Root>
  )
}

export const CustomComposition: Story = {
  render: (args) => <SearchHeaderOctanist {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await grid(canvasElement)
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(canvas.queryByRole('form')).toBeNull()
    await userEvent.type(canvas.getByLabelText('Search'), 'zzzz-no-such-lead')
    await expect(await canvas.findByText('No leads match this search')).toBeVisible()
    expect(canvas.getByText('0 loaded')).toBeVisible()
  },
}

export const German: Story = {
  args: { messages: de, locale: 'de-DE' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await grid(canvasElement, 'Octanist-Leads')
    await waitFor(() => expect(rowCount(table)).toBe(50))
    expect(canvas.getByLabelText('Suche')).toBeVisible()
    expect(canvas.getByRole('form', { name: 'Octanist-Lead-Filter' })).toBeVisible()
    expect(within(table).getByRole('columnheader', { name: /Wert/ })).toBeVisible()
  },
}
