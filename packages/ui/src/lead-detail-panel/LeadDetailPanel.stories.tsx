import type { Lead, OctanistLead } from '@aura-kit/client'
import { useLeads } from '@aura-kit/hooks'
import { createMockApi, REFERENCE_TIME } from '@aura-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId, useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { useKit } from '../kit/KitContext.tsx'
import { LeadsTable } from '../leads-table/LeadsTable.tsx'
import { de } from '../messages/de/index.ts'
import { MockApiProvider, withMockApi } from '../test-utils/MockApiProvider.tsx'
import { hostileLeads } from '../test-utils/storyData.ts'
import { withHostileHostCss } from '../test-utils/withHostileHostCss.tsx'
import { useLeadDetail } from './LeadDetailContext.tsx'
import { LeadDetailPanel, type LeadDetailPanelProps } from './LeadDetailPanel.tsx'
import { LeadDetailSheet } from './LeadDetailSheet.tsx'

const meta = {
  title: 'Components/LeadDetailPanel',
  component: LeadDetailPanel,
  decorators: [withMockApi],
  // The mock's data is dated around its reference time, so relative times count from there.
  args: { locale: 'en-US', timeZone: 'UTC', now: REFERENCE_TIME },
  argTypes: {
    lead: { control: false },
    octanistLead: { control: false },
    resolveUserName: { control: false },
    resolveUser: { control: false },
    messages: { control: false },
  },
} satisfies Meta<typeof LeadDetailPanel>

export default meta
type Story = StoryObj<typeof meta>

const NO_SUCH_LEAD = '00000000-0000-4000-8000-000000000000'

/** The display options of the story's args, without a lead. */
const optionsOf = ({
  locale,
  timeZone,
  now,
  currency,
  appearance,
  messages,
}: LeadDetailPanelProps) => ({
  locale,
  timeZone,
  now,
  currency,
  appearance,
  messages,
})

const title = (canvasElement: HTMLElement) =>
  within(canvasElement).findAllByRole('heading', { level: 2 })

/** A won lead with notes from the mock's first page, opened by id as a host would. */
function SeededLeadPanel(props: LeadDetailPanelProps) {
  const { rows } = useLeads({ status: 'won', limit: 20 })
  const lead = rows.find((row) => row.full_name && (row.notes?.length ?? 0) > 1) ?? rows[0]
  if (!lead) {
    return null
  }
  return <LeadDetailPanel {...optionsOf(props)} leadId={lead.id} />
}

export const Default: Story = {
  render: (args) => <SeededLeadPanel {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.queryByText('Refreshing…')).toBeNull())
    const [heading] = await title(canvasElement)
    expect(heading).toBeVisible()
    for (const name of ['Payments', 'Notes']) {
      expect(canvas.getByRole('group', { name })).toBeVisible()
    }
    expect(canvas.getByRole('button', { name: 'Copy email' })).toBeVisible()
  },
}

/** A host-made section: it reads the lead from the root and formats with the kit. */
function NextStepSection() {
  const detail = useLeadDetail()
  const { format } = useKit()
  const headingId = useId()
  const paid = detail.source === 'aura' ? detail.lead.total_paid_cents : undefined
  return (
    <section className="aura-panel-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="aura-panel-section-title">
        Next step
      </h3>
      <p>Send the onboarding pack (paid so far: {format.money(paid)}).</p>
    </section>
  )
}

/** The parts composed by the host: header, notes before payments, a section of its own, no attribution. */
function ComposedPanel(props: LeadDetailPanelProps) {
  const { rows } = useLeads({ status: 'won', limit: 20 })
  const lead = rows.find((row) => row.full_name && (row.notes?.length ?? 0) > 1) ?? rows[0]
  if (!lead) {
    return null
  }
  return (
    <LeadDetailPanel.Root {...optionsOf(props)} leadId={lead.id}>
      <LeadDetailPanel.Header />
      <LeadDetailPanel.Contact />
      <LeadDetailPanel.Notes heading="Conversation" />
      <LeadDetailPanel.Payments />
      <NextStepSection />
      <LeadDetailPanel.Other />
    </LeadDetailPanel.Root>
  )
}

export const Composed: Story = {
  render: (args) => <ComposedPanel {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const notes = await canvas.findByRole('group', { name: 'Conversation' })
    const payments = canvas.getByRole('group', { name: 'Payments' })
    const nextStep = canvas.getByRole('region', { name: 'Next step' })
    // Notes come before payments, the host's section after them; attribution is left out.
    expect(notes.compareDocumentPosition(payments) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(
      payments.compareDocumentPosition(nextStep) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    expect(nextStep).toHaveTextContent(/paid so far: \$[\d,.]+/)
    expect(canvas.queryByRole('group', { name: 'Attribution' })).toBeNull()
    await waitFor(() => expect(canvas.queryByText('Refreshing…')).toBeNull())
  },
}

/** The German catalogue, a German locale, Berlin time and euros, given to the panel alone. */
export const German: Story = {
  args: { messages: de, locale: 'de-DE', timeZone: 'Europe/Berlin', currency: 'EUR' },
  render: (args) => <SeededLeadPanel {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.queryByText('Wird aktualisiert…')).toBeNull())
    expect(await canvas.findByRole('article', { name: 'Lead-Details' })).toBeVisible()
    for (const name of ['Zahlungen', 'Notizen', 'Herkunft']) {
      expect(canvas.getByRole('group', { name })).toBeVisible()
    }
    expect(canvas.getByRole('button', { name: 'E-Mail-Adresse kopieren' })).toBeVisible()
    expect(canvas.getByRole('group', { name: 'Zahlungen' })).toHaveTextContent('€')
    // Relative times come from Intl in the kit's locale ("vor 3 Tagen"), never hand-written.
    for (const time of canvasElement.querySelectorAll('time')) {
      expect(time.textContent).not.toMatch(/\bago\b/)
    }
  },
}

/** A leads table whose rows open the side sheet. */
function TableWithSheet(props: LeadDetailPanelProps) {
  const [leadId, setLeadId] = useState<string>()
  const [open, setOpen] = useState(false)
  return (
    <>
      <LeadsTable
        locale={props.locale}
        timeZone={props.timeZone}
        appearance={props.appearance}
        pageSize={20}
        onRowOpen={(lead: Lead) => {
          setLeadId(lead.id)
          setOpen(true)
        }}
      />
      <LeadDetailSheet {...optionsOf(props)} leadId={leadId} open={open} onOpenChange={setOpen} />
    </>
  )
}

export const Sheet: Story = {
  render: (args) => <TableWithSheet {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const grid = await canvas.findByRole('grid', { name: 'Leads' })
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('21'))
    const cell = grid.querySelector('[data-row-index="0"] [data-col-index="1"]') as HTMLElement
    await userEvent.click(cell)
    const dialog = await canvas.findByRole('dialog')
    await waitFor(() => expect(dialog).toBeVisible())
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(cell.textContent)
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    expect(cell).toHaveFocus()
    // Left open, so the accessibility check covers the sheet too.
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(canvas.getByRole('dialog')).toBeVisible())
    await waitFor(() => expect(canvas.queryByText('Refreshing…')).toBeNull())
  },
}

export const Loading: Story = {
  args: { leadId: NO_SUCH_LEAD },
  parameters: { mockApi: { faults: [{ path: '/v1/leads/', latencyMs: 3_600_000 }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByTestId('aura-panel-skeleton')).toBeVisible()
    expect(canvas.getByRole('article', { name: 'Lead details' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
  },
}

const ErrorStory: Story = {
  name: 'Error',
  args: { leadId: NO_SUCH_LEAD },
  parameters: { mockApi: { faults: [{ path: '/v1/leads/', status: 500 }] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't load this lead")
    expect(alert).toHaveTextContent('Injected fault: HTTP 500')
    expect(alert).toHaveTextContent(/Request id: req_[0-9a-f]{12}/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

export { ErrorStory as Error }

export const NotFound: Story = {
  args: { leadId: NO_SUCH_LEAD },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('Lead not found')
    expect(alert).toHaveTextContent(/Request id: req_/)
  },
}

/** A seeded Octanist lead that came from Google Ads and carries a label. */
function octanistLeadWithAds(): OctanistLead {
  const { octanistLeads } = createMockApi({
    counts: { leads: 0, calls: 0, octanistLeads: 60 },
    rateLimit: false,
  }).db
  const lead = octanistLeads.find(
    (candidate) => candidate.googleAdsCampaignName && candidate.labelId && candidate.value,
  )
  if (!lead) {
    throw new Error('the seeded Octanist leads should include one from Google Ads')
  }
  // The mock's interface has no index signature; a copy is a plain record the client type accepts.
  return { ...lead }
}

export const Octanist: Story = {
  loaders: [() => ({ octanistLead: octanistLeadWithAds() })],
  render: (args, { loaded }) => (
    <LeadDetailPanel {...optionsOf(args)} octanistLead={loaded.octanistLead as OctanistLead} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    for (const name of ['Details', 'Consent', 'Google Ads']) {
      expect(canvas.getByRole('group', { name })).toBeVisible()
    }
    expect(within(canvas.getByRole('group', { name: 'Details' })).getByText('Value')).toBeVisible()
  },
}

export const Hostile: Story = {
  loaders: [() => ({ leads: hostileLeads() })],
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 24 }}>
      {(loaded.leads as Lead[]).map((lead) => (
        <LeadDetailPanel key={lead.id} {...optionsOf(args)} lead={lead} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    expect(canvas.getByText('<script>alert(1)</script> Mallory')).toBeVisible()
    expect(canvas.getAllByText('javascript:alert(1)').length).toBeGreaterThan(0)
    expect(canvasElement.querySelector('.aura-lead-panel script, .aura-lead-panel img')).toBeNull()
    expect(canvasElement.querySelector('a[href^="javascript:"]')).toBeNull()
    // The 100 kB note is collapsed to a short preview until asked for.
    expect(canvas.getAllByRole('button', { name: 'Show more' }).length).toBeGreaterThan(0)
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args) => <SeededLeadPanel {...args} />,
  play: async ({ canvasElement }) => {
    const [heading] = await title(canvasElement)
    await waitFor(() =>
      expect(heading?.closest('.aura-root')).toHaveAttribute('data-theme', 'dark'),
    )
  },
}

export const HostileHostCss: Story = {
  decorators: [withHostileHostCss],
  render: (args) => <SeededLeadPanel {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getByRole('group', { name: 'Notes' })).toBeVisible())
  },
}

export const AllStates: Story = {
  loaders: [() => ({ octanistLead: octanistLeadWithAds(), hostile: hostileLeads()[0] })],
  render: (args, { loaded }) => (
    <div
      style={{
        display: 'grid',
        gap: 24,
        gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))',
      }}
    >
      <SeededLeadPanel {...args} />
      <MockApiProvider faults={[{ path: '/v1/leads/', latencyMs: 3_600_000 }]}>
        <LeadDetailPanel {...optionsOf(args)} leadId={NO_SUCH_LEAD} />
      </MockApiProvider>
      <MockApiProvider faults={[{ path: '/v1/leads/', status: 500 }]}>
        <LeadDetailPanel {...optionsOf(args)} leadId={NO_SUCH_LEAD} />
      </MockApiProvider>
      <LeadDetailPanel {...optionsOf(args)} octanistLead={loaded.octanistLead as OctanistLead} />
      <LeadDetailPanel {...optionsOf(args)} lead={loaded.hostile as Lead} />
      <LeadDetailPanel {...optionsOf(args)} />
    </div>
  ),
}
