import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { KpiCard } from './KpiCard.tsx'

const meta = {
  title: 'Insights/KpiCard',
  component: KpiCard,
  args: { label: 'Leads this month', value: '1,284', current: 1284, previous: 1070 },
} satisfies Meta<typeof KpiCard>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const card = within(canvasElement).getByRole('group', { name: 'Leads this month' })
    expect(card).toHaveTextContent('up 20% on the previous period')
  },
}

export const Down: Story = {
  args: { current: 800, previous: 1000, value: '800' },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('[data-direction="down"]')).toHaveTextContent('▼ 20%')
  },
}

export const NoPrevious: Story = {
  args: { current: 5, previous: 0, value: '5', caption: 'A new source this month' },
  play: async ({ canvasElement }) => {
    expect(within(canvasElement).getByText('A new source this month')).toBeVisible()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('.aura-kpi')?.closest('[data-theme]')).toHaveAttribute(
      'data-theme',
      'dark',
    )
  },
}

export const HugeNumbers: Story = {
  args: { value: '98,765,432,101,234', current: 98_765_432_101_234, previous: 1 },
  play: async ({ canvasElement }) => {
    expect(within(canvasElement).getByText('98,765,432,101,234')).toBeVisible()
  },
}

export const HostileLabels: Story = {
  args: {
    label: '<script>alert(1)</script>',
    value: `\u202E${'9'.repeat(10_000)}`,
    caption: '<img src=x onerror=alert(1)>',
  },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelector('script, img')).toBeNull()
  },
}
