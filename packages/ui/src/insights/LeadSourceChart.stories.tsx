import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import {
  failSecondPage,
  holdSecondPage,
  hostileSources,
  hugeSources,
  oneSource,
  STORY_RANGE,
} from '../test-utils/insightFigures.ts'
import { withMockApi } from '../test-utils/MockApiProvider.tsx'
import { LeadSourceChart } from './LeadSourceChart.tsx'

const meta = {
  title: 'Insights/LeadSourceChart',
  component: LeadSourceChart,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', range: STORY_RANGE, onSelect: fn() },
  argTypes: { data: { control: false }, messages: { control: false } },
} satisfies Meta<typeof LeadSourceChart>

export default meta
type Story = StoryObj<typeof meta>

const canvas = (element: HTMLElement) => within(element)
async function countedBars(element: HTMLElement) {
  await waitFor(() => expect(canvas(element).queryByRole('progressbar')).toBeNull())
  return canvas(element).getAllByRole('button')
}

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const bars = await countedBars(canvasElement)
    expect(bars.length).toBeGreaterThan(1)
    const first = bars[0] as HTMLElement
    const source = first.querySelector('bdi')?.textContent
    await userEvent.click(first)
    expect(args.onSelect).toHaveBeenCalledWith({ source })
  },
}

export const Octanist: Story = {
  args: { api: 'octanist' },
  play: async ({ canvasElement, args }) => {
    const bars = await countedBars(canvasElement)
    await userEvent.click(bars[0] as HTMLElement)
    expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ createdFrom: STORY_RANGE.from, createdTo: STORY_RANGE.to }),
    )
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
    const alert = await canvas(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent('these figures are incomplete')
  },
}

export const Empty: Story = {
  args: { data: { items: [], total: 0 } },
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
    await countedBars(canvasElement)
  },
}

export const HugeNumbers: Story = {
  args: { data: hugeSources },
  play: async ({ canvasElement }) => {
    expect(
      canvas(canvasElement).getByRole('button', { name: /^google 8,765,432,109 / }),
    ).toBeVisible()
  },
}

export const OneBucket: Story = {
  args: { data: oneSource },
  play: async ({ canvasElement }) => {
    expect(canvas(canvasElement).getAllByRole('button')).toHaveLength(1)
  },
}

export const HostileLabels: Story = {
  args: { data: hostileSources, limit: 4 },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('script, img')).toBeNull()
    expect(
      canvas(canvasElement).getByRole('button', { name: /^<script>alert\(1\)<\/script> / }),
    ).toBeVisible()
    expect(canvas(canvasElement).getByRole('button', { name: /^Other sources / })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}
