import { OCTANIST_LEAD_SOURCES } from '@aura-kit/client'
import {
  AURA_FUNNEL,
  callFacts,
  callOutcomes,
  type FunnelFigures,
  funnelFromCounts,
  leadFacts,
  leadFunnel,
  leadSources,
  pipelineValue,
} from '@aura-kit/hooks'
import { REFERENCE_TIME } from '@aura-kit/mock-api'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { AuraKitProvider } from '../kit/AuraKitProvider.tsx'
import { de } from '../messages/de/index.ts'
import { MOCK_COUNTS, setupMockServer } from '../test-utils/mockServer.ts'
import { renderWithProvider } from '../test-utils/render.tsx'
import { CallOutcomes } from './CallOutcomes.tsx'
import { KpiCard } from './KpiCard.tsx'
import { LeadFunnel } from './LeadFunnel.tsx'
import { LeadSourceChart } from './LeadSourceChart.tsx'
import { LeadsOverTimeChart } from './LeadsOverTimeChart.tsx'
import { PipelineValue } from './PipelineValue.tsx'

const harness = setupMockServer()
const range = { from: '2026-01-01', to: '2026-05-31' }
const timeZone = 'UTC'

const funnel: FunnelFigures = funnelFromCounts(
  { new: 40, contacted: 30, booked: 15, qualified: 10, won: 5, lost: 7, disqualified: 3, x: 2 },
  AURA_FUNNEL,
)

/** A mark's description: the sentence with units it is described by (and tooltipped with). */
const description = (mark: Element | undefined) =>
  document.getElementById(mark?.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent

/** The hidden table's rows as text cells. */
const tableRows = (container: HTMLElement) =>
  [...container.querySelectorAll('table tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  )

describe('LeadFunnel', () => {
  it('draws the steps in funnel order with counts, conversions and the same figures in a table', () => {
    const { container } = render(<LeadFunnel data={funnel} locale="en-US" />)
    expect(screen.getByRole('heading', { name: 'Lead funnel' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Lead funnel' })).toBe(container.firstElementChild)
    const chart = screen.getByRole('img')
    expect(chart.getAttribute('aria-label')).toBe(
      'Lead funnel: New 40, Contacted 30, Booked 15, Qualified 10, Won 5, Lost 7, Disqualified 3, Other or no status 2.',
    )
    const bars = screen.getAllByRole('button')
    // Named by what they show; described by a sentence with units.
    expect(screen.getByRole('button', { name: 'New 40' })).toBe(bars[0])
    expect(screen.getByRole('button', { name: 'Contacted 30 60%' })).toBe(bars[1])
    expect(bars.map(description)).toEqual([
      'New: 40 leads, 100 reached it',
      'Contacted: 30 leads, 60 reached it, 60% from the step before',
      'Booked: 15 leads, 30 reached it, 50% from the step before',
      'Qualified: 10 leads, 15 reached it, 50% from the step before',
      'Won: 5 leads, 5 reached it, 33.3% from the step before',
      'Lost: 7 leads',
      'Disqualified: 3 leads',
      'Other or no status: 2 leads',
    ])
    expect(screen.getByText('Left the funnel')).toBeTruthy()
    expect(tableRows(container)).toEqual([
      ['New', '40', '100', '—'],
      ['Contacted', '30', '60', '60%'],
      ['Booked', '15', '30', '50%'],
      ['Qualified', '10', '15', '50%'],
      ['Won', '5', '5', '33.3%'],
      ['Lost', '7', '', ''],
      ['Disqualified', '3', '', ''],
      ['Other or no status', '2', '', ''],
    ])
  })

  it('a click or Enter/Space on a step calls onSelect with the table filters, kept filters included', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<LeadFunnel data={funnel} filters={{ assignedToId: 'user_1' }} onSelect={onSelect} />)
    await user.click(screen.getByRole('button', { name: /^Won / }))
    expect(onSelect).toHaveBeenLastCalledWith({ assignedToId: 'user_1', status: 'won' })

    // One tab stop; arrows move between the bars.
    const bars = screen.getAllByRole('button')
    expect(bars.filter((bar) => bar.tabIndex === 0)).toHaveLength(1)
    act(() => bars[0]?.focus())
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(bars[1])
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenLastCalledWith({ assignedToId: 'user_1', status: 'contacted' })
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(bars.at(-1))
    await user.keyboard('{ArrowUp}')
    await user.keyboard(' ')
    expect(onSelect).toHaveBeenLastCalledWith({ assignedToId: 'user_1', status: 'disqualified' })
    expect(bars.filter((bar) => bar.tabIndex === 0)).toEqual([bars[6]])

    // "Other" stands for several statuses: shown, not a filter.
    const other = screen.getByRole('button', { name: /^Other or no status/ })
    expect(other.getAttribute('aria-disabled')).toBe('true')
    const calls = onSelect.mock.calls.length
    await user.click(other)
    expect(onSelect).toHaveBeenCalledTimes(calls)
  })

  it('shows a tooltip for the focused or hovered bar; Escape hides it', async () => {
    const user = userEvent.setup()
    const { container } = render(<LeadFunnel data={funnel} />)
    const tooltip = () => container.querySelector('.aura-chart-tooltip')
    expect(tooltip()).toBeNull()
    fireEvent.mouseEnter(screen.getByRole('button', { name: /^Booked / }))
    expect(tooltip()?.textContent).toBe('Booked: 15 leads, 30 reached it, 50% from the step before')
    fireEvent.mouseLeave(screen.getByRole('button', { name: /^Booked / }))
    expect(tooltip()).toBeNull()
    await user.tab()
    expect(tooltip()?.textContent).toBe('New: 40 leads, 100 reached it')
    await user.keyboard('{Escape}')
    expect(tooltip()).toBeNull()
  })

  it('says when there is nothing in the period', () => {
    render(<LeadFunnel data={funnelFromCounts({}, AURA_FUNNEL)} />)
    expect(screen.getByRole('status').textContent).toContain('No leads in this period')
    expect(screen.queryByRole('img')).toBeNull()
    expect(document.querySelector('table')).toBeNull()
  })

  it('speaks the kit language: German titles, labels and numbers', () => {
    render(
      <AuraKitProvider messages={de} locale="de-DE">
        <LeadFunnel data={funnelFromCounts({ new: 1200, won: 3 }, AURA_FUNNEL)} />
      </AuraKitProvider>,
    )
    expect(screen.getByRole('heading', { name: 'Lead-Trichter' })).toBeTruthy()
    expect(description(screen.getByRole('button', { name: 'Neu 1.200' }))).toBe(
      'Neu: 1.200 Leads, 1.203 haben ihn erreicht',
    )
    expect(screen.getByText('Aus dem Trichter ausgeschieden')).toBeTruthy()
  })

  it('is built from parts: ref, props and class on the root, a heading of your level', () => {
    const ref = createRef<HTMLDivElement>()
    render(
      <LeadFunnel.Root
        data={funnel}
        ref={ref}
        className="mine"
        data-section="funnel"
        title="Pipeline stages"
      >
        <LeadFunnel.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the part puts the title into an empty heading. */}
          <h2 />
        </LeadFunnel.Title>
        <LeadFunnel.Chart className="chart" />
      </LeadFunnel.Root>,
    )
    expect(ref.current?.className).toBe('aura-root aura-insight mine')
    expect(ref.current?.dataset.section).toBe('funnel')
    expect(screen.getByRole('heading', { level: 2, name: 'Pipeline stages' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Pipeline stages' })).toBe(ref.current)
    expect(ref.current?.querySelector('.aura-insight-chart.chart')).not.toBeNull()
    expect(ref.current?.querySelector('table')).toBeNull()
  })

  it('Octanist: onSelect gets the Octanist table filters, with the range as its created dates', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(
      <LeadFunnel
        api="octanist"
        data={funnelFromCounts(
          { open: 3, qualified: 2, won: 1, lost: 1 },
          {
            steps: ['open', 'qualified', 'won'],
            beside: ['lost'],
          },
        )}
        range={{ from: '2026-05-01', to: '2026-05-31' }}
        filters={{ source: 'gtm' }}
        onSelect={onSelect}
      />,
    )
    await user.click(screen.getByRole('button', { name: /^Open / }))
    expect(onSelect).toHaveBeenCalledWith({
      source: 'gtm',
      status: 'open',
      createdFrom: '2026-05-01',
      createdTo: '2026-05-31',
    })
  })
})

describe('widgets on the mock API', () => {
  it("Aura: scans with progress, then shows the funnel counted from the mock's own leads", async () => {
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, latencyMs: 300 }])
    const { container } = renderWithProvider(
      <LeadFunnel range={range} timeZone={timeZone} locale="en-US" />,
    )
    expect(await screen.findByText('Counted 100 leads…')).toBeTruthy()
    expect(screen.getByRole('progressbar', { name: 'Counting' })).toBeTruthy()
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull()
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    const expected = leadFunnel(
      harness.api.db.leads.map((lead) => leadFacts(lead)),
      AURA_FUNNEL,
      { range, timeZone },
    )
    expect(
      tableRows(container)
        .slice(0, 5)
        .map((row) => row[1]),
    ).toEqual(expected.steps.map((step) => String(step.count)))
    expect(expected.total).toBeGreaterThan(0)
  })

  it('keeps what it counted after an error, says so, and Retry counts the rest', async () => {
    const user = userEvent.setup()
    harness.api.setFaults([{ path: '/v1/leads', nth: 2, status: 500 }])
    const { container } = renderWithProvider(<LeadSourceChart timeZone={timeZone} locale="en-US" />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(
      'Counting stopped after 100 leads: these figures are incomplete.',
    )
    expect(alert.textContent).toContain('Injected fault: HTTP 500')
    const countedBefore = tableRows(container).reduce((all, row) => all + Number(row[1]), 0)
    expect(countedBefore).toBe(100)

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    const sources = leadSources(harness.api.db.leads.map((lead) => leadFacts(lead)))
    expect(sources.total).toBe(MOCK_COUNTS.leads)
    const top = screen.getAllByRole('button').map(description)
    expect(top[0]).toContain(`${sources.items[0]?.source}: ${sources.items[0]?.count} leads`)
  })

  it('an error before anything was counted is an error with its request id and Retry', async () => {
    harness.api.setFaults([{ path: '/v1/calls', status: 503 }])
    renderWithProvider(<CallOutcomes />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/Request id: req_[0-9a-f]{12}/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
  })

  it("Octanist: exact counts by source equal the mock's own", async () => {
    const { container } = renderWithProvider(
      <LeadSourceChart api="octanist" range={range} timeZone={timeZone} limit={10} />,
    )
    await waitFor(() => expect(tableRows(container).length).toBeGreaterThan(0))
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull())
    const leads = harness.api.db.octanistLeads.filter((lead) => {
      const day = String(lead.createdAt).slice(0, 10)
      return day >= range.from && day <= range.to
    })
    const named = new Set(OCTANIST_LEAD_SOURCES as readonly string[])
    for (const [source, count] of tableRows(container)) {
      const matching =
        source === 'Other sources'
          ? leads.filter((lead) => !named.has(String(lead.source)))
          : leads.filter((lead) => lead.source === source)
      expect(Number(count)).toBe(matching.length)
    }
    expect(tableRows(container).reduce((all, row) => all + Number(row[1]), 0)).toBe(leads.length)
  })

  it('call outcomes and pipeline value equal those computed from the mock calls', async () => {
    const { container } = renderWithProvider(
      <>
        <CallOutcomes range={range} timeZone={timeZone} locale="en-US" />
        <PipelineValue range={range} timeZone={timeZone} locale="en-US" now={REFERENCE_TIME} />
      </>,
    )
    await waitFor(() => expect(screen.queryAllByRole('progressbar')).toHaveLength(0))
    await waitFor(() => expect(container.querySelectorAll('table')).toHaveLength(2))
    const facts = harness.api.db.calls.map(callFacts)
    const outcomes = callOutcomes(facts, { range, timeZone })
    const [outcomeTable, pipelineTable] = [...container.querySelectorAll('table')]
    const outcomeRows = tableRows(outcomeTable as HTMLElement)
    expect(outcomeRows.slice(0, 6).map((row) => Number(row[1]))).toEqual([
      outcomes.completed,
      outcomes.noShow,
      outcomes.cancelled,
      outcomes.rescheduled,
      outcomes.scheduled,
      outcomes.other,
    ])
    const pipeline = pipelineValue(facts, { range, timeZone, now: REFERENCE_TIME })
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
    expect(tableRows(pipelineTable as HTMLElement)).toEqual([
      [
        'Upcoming pipeline',
        money.format(pipeline.upcomingValue / 100),
        String(pipeline.upcomingCount),
      ],
      ['Won in this period', money.format(pipeline.wonValue / 100), String(pipeline.wonCount)],
    ])
    expect(screen.getByRole('group', { name: 'Show-up rate' }).textContent).toContain(
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(
        outcomes.showUpRate ?? 0,
      ),
    )
  })
})

describe('LeadsOverTimeChart', () => {
  const series = {
    bucket: 'day' as const,
    points: [
      { start: '2026-05-01', end: '2026-05-01', count: 3, previous: 1 },
      { start: '2026-05-02', end: '2026-05-02', count: 0, previous: 2 },
      { start: '2026-05-03', end: '2026-05-03', count: 5, previous: 1 },
    ],
    total: 8,
    previousTotal: 4,
  }

  it('one focusable point per day, a dashed previous period in the legend, and the total against it', async () => {
    const { container } = render(<LeadsOverTimeChart data={series} locale="en-US" />)
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      '8 leads from May 1, 2026 to May 3, 2026, against 4 leads in the period before.',
    )
    const points = screen.getAllByRole('button')
    expect(points.map((point) => point.getAttribute('aria-label'))).toEqual([
      'May 1, 2026: 3 leads (previous period: 1 lead)',
      'May 2, 2026: 0 leads (previous period: 2 leads)',
      'May 3, 2026: 5 leads (previous period: 1 lead)',
    ])
    expect(container.querySelector('.aura-chart-legend')?.textContent).toBe(
      'This periodPrevious period',
    )
    const total = screen.getByRole('group', { name: 'Leads in this period' })
    expect(total.textContent).toContain('8')
    expect(total.textContent).toContain('up 100% on the previous period')
    expect(container.querySelector('.aura-line-previous')?.getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+L/,
    )
  })

  it('Octanist: a point selects its days', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<LeadsOverTimeChart api="octanist" data={series} onSelect={onSelect} />)
    await user.click(screen.getAllByRole('button')[2] as HTMLElement)
    expect(onSelect).toHaveBeenCalledWith({ createdFrom: '2026-05-03', createdTo: '2026-05-03' })
  })
})

describe('KpiCard', () => {
  it.each([
    [120, 100, 'up', 'up 20% on the previous period'],
    [80, 100, 'down', 'down 20% on the previous period'],
    [100, 100, 'flat', 'the same as the previous period'],
    [5, 0, 'up', 'none in the previous period'],
    [0, 0, 'flat', 'the same as the previous period'],
  ])('%i against %i is %s: "%s"', (current, previous, direction, words) => {
    render(<KpiCard label="Leads" value={String(current)} current={current} previous={previous} />)
    const card = screen.getByRole('group', { name: 'Leads' })
    expect(card.querySelector('[data-direction]')?.getAttribute('data-direction')).toBe(direction)
    expect(card.textContent).toContain(words)
  })
})

describe('hostile and huge figures', () => {
  it('a script-tag, right-to-left or 10 kB source name stays text, cut to one line', () => {
    const long = 'x'.repeat(10_000)
    const { container } = render(
      <LeadSourceChart
        data={{
          items: [
            { source: '<script>alert(1)</script>', count: 3 },
            { source: '\u202Egoogle', count: 2 },
            { source: long, count: 1 },
          ],
          total: 6,
        }}
      />,
    )
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('.aura-bar-label')?.textContent).toBe(
      '<script>alert(1)</script>',
    )
    const labels = [...container.querySelectorAll('.aura-bar-label')]
    expect(labels.every((label) => label.tagName === 'BDI')).toBe(true)
    expect(labels[2]?.textContent?.length).toBeLessThanOrEqual(121)
    expect(container.innerHTML.length).toBeLessThan(8_000)
  })

  it('money and counts in the billions keep their digits', () => {
    render(
      <PipelineValue
        locale="en-US"
        data={{
          upcomingValue: 987_654_321_012_34,
          upcomingCount: 1_234_567,
          upcomingWithoutValue: 0,
          wonValue: 5,
          wonCount: 1,
          wonWithoutValue: 0,
        }}
      />,
    )
    const upcoming = screen.getByRole('group', { name: 'Upcoming pipeline' })
    expect(upcoming.textContent).toBe(
      'Upcoming pipeline$987,654,321,012.341,234,567 upcoming calls',
    )
  })
})
