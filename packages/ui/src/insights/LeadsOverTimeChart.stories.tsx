import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import {
  failSecondPage,
  holdSecondPage,
  hugeSeries,
  oneDay,
  STORY_RANGE,
} from '../test-utils/insightFigures.ts'
import { withMockApi } from '../test-utils/MockApiProvider.tsx'
import { LeadsOverTimeChart } from './LeadsOverTimeChart.tsx'

const meta = {
  title: 'Insights/LeadsOverTimeChart',
  component: LeadsOverTimeChart,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', range: STORY_RANGE, onSelect: fn() },
  argTypes: { data: { control: false }, messages: { control: false } },
} satisfies Meta<typeof LeadsOverTimeChart>

export default meta
type Story = StoryObj<typeof meta>

const canvas = (element: HTMLElement) => within(element)
async function counted(element: HTMLElement) {
  await waitFor(() => expect(canvas(element).queryByRole('progressbar')).toBeNull())
  return canvas(element).getAllByRole('button')
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    // 92 days: weeks, 14 points (the last one short).
    const points = await counted(canvasElement)
    expect(points).toHaveLength(14)
    points[0]?.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(points[1]).toHaveFocus()
    expect(canvasElement.querySelector('.aura-chart-tooltip')).toHaveTextContent(
      /^Mar 8, 2026 – Mar 14, 2026:/,
    )
  },
}

export const Days: Story = {
  args: { range: { from: '2026-05-01', to: '2026-05-31' } },
  play: async ({ canvasElement }) => {
    expect(await counted(canvasElement)).toHaveLength(31)
  },
}

export const Octanist: Story = {
  args: { api: 'octanist', range: { from: '2026-05-18', to: '2026-05-31' } },
  play: async ({ canvasElement, args }) => {
    const points = await counted(canvasElement)
    await userEvent.click(points.at(-1) as HTMLElement)
    expect(args.onSelect).toHaveBeenCalledWith({
      createdFrom: '2026-05-31',
      createdTo: '2026-05-31',
    })
  },
}

export const Loading: Story = {
  parameters: { mockApi: { faults: [{ path: '/v1/leads', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByTestId('aura-skeleton')).toBeInTheDocument()
  },
}

export const Scanning: Story = {
  name: 'Scanning with progress',
  parameters: { mockApi: { faults: holdSecondPage('/v1/leads') } },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByText('Counted 100 leads…')).toBeVisible()
  },
}

export const Partial: Story = {
  parameters: { mockApi: { faults: failSecondPage('/v1/leads') } },
  play: async ({ canvasElement }) => {
    expect(await canvas(canvasElement).findByRole('alert')).toHaveTextContent('incomplete')
  },
}

export const Empty: Story = {
  args: {
    data: {
      bucket: 'day',
      points: [{ start: '2026-05-31', end: '2026-05-31', count: 0, previous: 0 }],
      total: 0,
      previousTotal: 0,
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByText('No leads in this period')).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  parameters: { mockApi: { faults: [{ path: '/v1/leads', status: 500 }] } },
  play: async ({ canvasElement }) => {
    expect(await canvas(canvasElement).findByRole('alert')).toHaveTextContent(
      'Injected fault: HTTP 500',
    )
  },
}

export { ErrorStory as Error }

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await counted(canvasElement)
  },
}

export const HugeNumbers: Story = {
  args: { data: hugeSeries },
  play: async ({ canvasElement }) => {
    expect(
      canvas(canvasElement).getByRole('group', { name: 'Leads in this period' }),
    ).toHaveTextContent('20,607,056,238')
  },
}

export const OneBucket: Story = {
  args: { data: oneDay, range: { from: '2026-05-31', to: '2026-05-31' } },
  play: async ({ canvasElement }) => {
    expect(canvas(canvasElement).getAllByRole('button')).toHaveLength(1)
    expect(canvas(canvasElement).getByText(/none in the previous period/)).toBeInTheDocument()
  },
}

export const HostileLabels: Story = {
  args: {
    data: oneDay,
    title: `<script>alert(1)</script> ${'\u202E'.repeat(3)}${'x'.repeat(10_000)}`,
  },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('script')).toBeNull()
    expect(canvas(canvasElement).getByRole('heading')).toHaveTextContent(
      '<script>alert(1)</script>',
    )
  },
}
