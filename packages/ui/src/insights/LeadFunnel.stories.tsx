import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import {
  emptyFunnel,
  failSecondPage,
  holdSecondPage,
  hugeFunnel,
  oneStatusFunnel,
  STORY_RANGE,
} from '../test-utils/insightFigures.ts'
import { withMockApi } from '../test-utils/MockApiProvider.tsx'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { LeadFunnel } from './LeadFunnel.tsx'

const meta = {
  title: 'Insights/LeadFunnel',
  component: LeadFunnel,
  decorators: [withMockApi],
  args: { locale: 'en-US', timeZone: 'UTC', range: STORY_RANGE, onSelect: fn() },
  argTypes: { data: { control: false }, messages: { control: false } },
} satisfies Meta<typeof LeadFunnel>

export default meta
type Story = StoryObj<typeof meta>

const canvas = (element: HTMLElement) => within(element)
/** The bars once every lead is counted (no progress bar left). */
async function countedBars(element: HTMLElement) {
  await waitFor(() => expect(canvas(element).queryByRole('progressbar')).toBeNull())
  return canvas(element).getAllByRole('button')
}

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const bars = await countedBars(canvasElement)
    // Five steps and the two that leave the funnel (the mock sends no other status).
    expect(bars).toHaveLength(7)
    expect(canvas(canvasElement).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Lead funnel: New \d+/,
    )
    await userEvent.click(canvas(canvasElement).getByRole('button', { name: /^Won / }))
    expect(args.onSelect).toHaveBeenCalledWith({ status: 'won' })
  },
}

export const Octanist: Story = {
  args: { api: 'octanist' },
  play: async ({ canvasElement }) => {
    const bars = await countedBars(canvasElement)
    expect(bars.map((bar) => bar.querySelector('bdi')?.textContent)).toEqual([
      'Open',
      'Qualified',
      'Won',
      'Lost',
    ])
  },
}

export const Loading: Story = {
  parameters: { mockApi: { faults: [{ path: '/v1/leads', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByTestId('aura-skeleton')).toBeInTheDocument()
    expect(canvas(canvasElement).getByRole('progressbar', { name: 'Counting' })).toBeVisible()
  },
}

export const Scanning: Story = {
  name: 'Scanning with progress',
  parameters: { mockApi: { faults: holdSecondPage('/v1/leads') } },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByText('Counted 100 leads…')).toBeVisible()
    expect(canvas(canvasElement).getByRole('img')).toBeVisible()
  },
}

export const Partial: Story = {
  parameters: { mockApi: { faults: failSecondPage('/v1/leads') } },
  play: async ({ canvasElement }) => {
    const alert = await canvas(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent(
      'Counting stopped after 100 leads: these figures are incomplete.',
    )
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(canvas(canvasElement).getByRole('img')).toBeVisible()
  },
}

export const Empty: Story = {
  args: { data: emptyFunnel },
  play: async ({ canvasElement }) => {
    await expect(await canvas(canvasElement).findByText('No leads in this period')).toBeVisible()
  },
}

const ErrorStory: Story = {
  name: 'Error',
  parameters: { mockApi: { faults: [{ path: '/v1/leads', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await canvas(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent('Injected fault: HTTP 500')
    expect(alert).toHaveTextContent(/Request id: req_[0-9a-f]{12}/)
  },
}

export { ErrorStory as Error }

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await countedBars(canvasElement)
    expect(canvasElement.querySelector('.aura-insight')?.closest('[data-theme]')).toHaveAttribute(
      'data-theme',
      'dark',
    )
  },
}

export const German: Story = {
  globals: { language: 'de' },
  args: { locale: undefined },
  play: async ({ canvasElement }) => {
    await countedBars(canvasElement)
    expect(canvas(canvasElement).getByRole('heading', { name: 'Lead-Trichter' })).toBeVisible()
  },
}

export const HugeNumbers: Story = {
  args: { data: hugeFunnel },
  play: async ({ canvasElement }) => {
    expect(canvas(canvasElement).getByRole('button', { name: /^New 9,876,543,210/ })).toBeVisible()
  },
}

export const OneBucket: Story = {
  args: { data: oneStatusFunnel },
  play: async ({ canvasElement }) => {
    expect(canvas(canvasElement).getByRole('button', { name: /^Won 1/ })).toBeVisible()
  },
}

export const HostileLabels: Story = {
  args: {
    data: hugeFunnel,
    title: '<script>alert(1)</script> \u202Eelennuf',
    messages: {
      statuses: { lead: { new: '<img src=x onerror=alert(1)>', won: 'x'.repeat(10_000) } },
    },
  },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('script, img')).toBeNull()
    expect(canvas(canvasElement).getByRole('heading')).toHaveTextContent(
      '<script>alert(1)</script>',
    )
    const longest = Math.max(
      ...[...canvasElement.querySelectorAll('.aura-bar-label')].map(
        (label) => label.textContent?.length ?? 0,
      ),
    )
    expect(longest).toBeLessThanOrEqual(121)
  },
}

export const HostileHostCss: Story = {
  decorators: [withHostileHostCss],
  play: async ({ canvasElement }) => {
    await countedBars(canvasElement)
  },
}
