import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import {
  failSecondPage,
  holdSecondPage,
  hugeOutcomes,
  oneCall,
  STORY_RANGE,
} from '../test-utils/insightFigures.ts'
import { withMockApi } from '../test-utils/MockApiProvider.tsx'
import { CallOutcomes } from './CallOutcomes.tsx'

const meta = {
  title: 'Insights/CallOutcomes',
  component: CallOutcomes,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', range: STORY_RANGE, onSelect: fn() },
  argTypes: { data: { control: false }, messages: { control: false } },
} satisfies Meta<typeof CallOutcomes>

export default meta
type Story = StoryObj<typeof meta>

const canvas = (element: HTMLElement) => within(element)
async function counted(element: HTMLElement) {
  await waitFor(() => expect(canvas(element).queryByRole('progressbar')).toBeNull())
  return canvas(element).getAllByRole('button')
}

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await counted(canvasElement)
    expect(canvas(canvasElement).getByRole('group', { name: 'Show-up rate' })).toHaveTextContent(
      '%',
    )
    await userEvent.click(canvas(canvasElement).getByRole('button', { name: /^No-show / }))
    expect(args.onSelect).toHaveBeenCalledWith({ status: 'no_show' })
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
    expect(await canvas(canvasElement).findByRole('alert')).toHaveTextContent(
      'Counting stopped after 100 calls: these figures are incomplete.',
    )
  },
}

export const Empty: Story = {
  args: { data: { ...oneCall, total: 0, noShow: 0 } },
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
  args: { data: hugeOutcomes },
  play: async ({ canvasElement }) => {
    expect(
      canvas(canvasElement).getByRole('button', { name: /^Completed 2,000,000,000/ }),
    ).toBeVisible()
  },
}

export const OneBucket: Story = {
  args: { data: oneCall },
  play: async ({ canvasElement }) => {
    expect(canvas(canvasElement).getByRole('group', { name: 'Show-up rate' })).toHaveTextContent(
      '0%',
    )
  },
}

export const HostileLabels: Story = {
  args: {
    data: hugeOutcomes,
    messages: {
      insights: {
        outcomes: {
          completed: '<script>alert(1)</script>',
          noShow: 'x'.repeat(10_000),
          cancelled: '\u202Edellecnac',
          rescheduled: 'Rescheduled',
          scheduled: 'Scheduled',
          other: 'Other',
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('script')).toBeNull()
    expect(
      canvas(canvasElement).getByRole('button', { name: /^<script>alert\(1\)<\/script> / }),
    ).toBeVisible()
  },
}
