import { REFERENCE_TIME } from '@aura-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import {
  failSecondPage,
  holdSecondPage,
  hugePipeline,
  STORY_RANGE,
} from '../test-utils/insightFigures.ts'
import { withMockApi } from '../test-utils/MockApiProvider.tsx'
import { PipelineValue } from './PipelineValue.tsx'

const meta = {
  title: 'Insights/PipelineValue',
  component: PipelineValue,
  decorators: [withMockApi],
  // The mock's upcoming calls are the month after its reference time.
  args: {
    locale: 'en-US',
    timeZone: 'UTC',
    range: STORY_RANGE,
    now: REFERENCE_TIME,
    onSelect: fn(),
  },
  argTypes: { data: { control: false }, messages: { control: false } },
} satisfies Meta<typeof PipelineValue>

export default meta
type Story = StoryObj<typeof meta>

const canvas = (element: HTMLElement) => within(element)
const counted = (element: HTMLElement) =>
  waitFor(() => expect(canvas(element).queryByRole('progressbar')).toBeNull())

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await counted(canvasElement)
    expect(
      canvas(canvasElement).getByRole('group', { name: 'Upcoming pipeline' }),
    ).toHaveTextContent(/\$[\d,]+\.\d\d/)
    await userEvent.click(
      canvas(canvasElement).getByRole('button', { name: 'Show upcoming calls' }),
    )
    expect(args.onSelect).toHaveBeenCalledWith({ isUpcoming: true })
  },
}

export const Loading: Story = {
  parameters: { mockApi: { faults: [{ path: '/v1/calls', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByTestId('aura-skeleton')).toBeInTheDocument()
  },
}

export const Scanning: Story = {
  name: 'Scanning with progress',
  parameters: { mockApi: { faults: holdSecondPage('/v1/calls') } },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByText('Counted 100 calls…')).toBeVisible()
  },
}

export const Partial: Story = {
  parameters: { mockApi: { faults: failSecondPage('/v1/calls') } },
  play: async ({ canvasElement }) => {
    expect(await canvas(canvasElement).findByRole('alert')).toHaveTextContent('incomplete')
  },
}

export const Empty: Story = {
  args: {
    data: {
      upcomingValue: 0,
      upcomingCount: 0,
      upcomingWithoutValue: 0,
      wonValue: 0,
      wonCount: 0,
      wonWithoutValue: 0,
    },
  },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByText('No calls in this period')).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  parameters: { mockApi: { faults: [{ path: '/v1/calls', status: 500 }] } },
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
  args: { data: hugePipeline, currency: 'EUR' },
  play: async ({ canvasElement }) => {
    expect(
      canvas(canvasElement).getByRole('group', { name: 'Upcoming pipeline' }),
    ).toHaveTextContent('€987,654,321,012.34')
  },
}

export const OneBucket: Story = {
  args: {
    data: {
      upcomingValue: 0,
      upcomingCount: 0,
      upcomingWithoutValue: 0,
      wonValue: 1,
      wonCount: 1,
      wonWithoutValue: 0,
    },
  },
  play: async ({ canvasElement }) => {
    expect(canvas(canvasElement).getByText('1 closed call')).toBeVisible()
  },
}

export const HostileLabels: Story = {
  args: {
    data: hugePipeline,
    title: '<script>alert(1)</script>',
    messages: { insights: { upcomingValue: '\u202Eenilepip', wonValue: 'x'.repeat(10_000) } },
  },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('script')).toBeNull()
    expect(canvas(canvasElement).getByRole('heading')).toHaveTextContent(
      '<script>alert(1)</script>',
    )
  },
}
