'use client'
import {
  type CallFilters,
  type CallOutcomeFigures,
  callOutcomes,
  type DayRange,
} from '@aura-kit/hooks'
import { forwardRef, useId } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { cx, partElement } from '../kit/parts.ts'
import { useMessageSections, useMessages } from '../kit/useMessages.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
import { BarChart, type BarItem } from './BarChart.tsx'
import { useInsight } from './InsightContext.tsx'
import { InsightChartFrame, type InsightPartProps } from './InsightParts.tsx'
import { InsightFrame, type InsightRootProps, InsightScope } from './InsightRoot.tsx'
import { CallSource } from './insightSource.tsx'
import { KpiCard } from './KpiCard.tsx'
import { useInsightFormat } from './useInsightFormat.ts'
import { DefaultInsightParts, withInsightParts } from './widget.tsx'

export interface CallOutcomesProps extends InsightRootProps {
  /** The call list's filters (as the calls table takes them). */
  filters?: CallFilters | undefined
  /** Called with the calls table's filters for a chosen outcome. */
  onSelect?: ((filters: CallFilters) => void) | undefined
  /** Figures you counted yourself (no provider needed). */
  data?: CallOutcomeFigures | undefined
}

type Outcome = 'completed' | 'noShow' | 'cancelled' | 'rescheduled' | 'scheduled' | 'other'

/** The status a chosen bar filters by; completed spans several statuses, other none. */
const STATUS_OF: Partial<Record<Outcome, string>> = {
  noShow: 'no_show',
  cancelled: 'cancelled',
  rescheduled: 'rescheduled',
  scheduled: 'scheduled',
}
const DECIDED: Outcome[] = ['completed', 'noShow', 'cancelled', 'rescheduled']

interface OutcomesValue {
  figures: CallOutcomeFigures | null
  select: (status: string) => (() => void) | undefined
}

const OutcomesParts = createPartContext<OutcomesValue>('<CallOutcomes.Root>')
const OutcomesContextProvider = OutcomesParts.Context.Provider
const useOutcomesContextPart = (part?: string) => usePartContext(OutcomesParts, part)
const useOutcomes = () => useOutcomesContextPart('CallOutcomes parts')

const fromFacts = (
  facts: Parameters<typeof callOutcomes>[0],
  options: { range: DayRange | undefined; dayOf: (value: unknown) => string | null },
) => callOutcomes(facts, options)

/**
 * Call outcomes over the range (by scheduled time): completed, no-show, cancelled and rescheduled
 * with their rates, still scheduled and other beside, the show-up rate and the median duration.
 * Aura only (Octanist has no calls). Holds the figures for its parts; renders the kit root.
 */
export const CallOutcomesRoot = forwardRef<HTMLDivElement, CallOutcomesProps>(
  function CallOutcomesRoot(
    { filters, onSelect, range, data, title, children, ...rootProps },
    ref,
  ) {
    const titleId = useId()
    const messages = useMessageSections({ insights: insightsEn })
    const select = (status: string) =>
      onSelect ? () => onSelect({ ...filters, status }) : undefined
    return (
      <InsightFrame {...rootProps} ref={ref} kind="call-outcomes" titleId={titleId}>
        <CallSource filters={filters} range={range} data={data} fromFacts={fromFacts}>
          {(state) => (
            <OutcomesScope
              state={state}
              titleId={titleId}
              title={title ?? messages.insights.outcomesTitle}
              select={select}
            >
              {children ?? (
                <DefaultInsightParts>
                  <CallOutcomesSummary />
                  <CallOutcomesChart />
                </DefaultInsightParts>
              )}
            </OutcomesScope>
          )}
        </CallSource>
      </InsightFrame>
    )
  },
)

function rateOf(figures: CallOutcomeFigures, outcome: Outcome): number | null {
  return outcome in figures.rates
    ? figures.rates[outcome as keyof CallOutcomeFigures['rates']]
    : null
}

function OutcomesScope({
  state,
  titleId,
  title,
  select,
  children,
}: Omit<Parameters<typeof InsightScope<CallOutcomeFigures>>[0], 'noun' | 'table'> &
  Omit<OutcomesValue, 'figures'>) {
  const text = useMessages('insights', insightsEn)
  const format = useInsightFormat()
  const { figures } = state
  const table = figures
    ? {
        head: [text.columnOutcome, text.columnCalls, text.columnRate],
        rows: [
          ...(Object.keys(text.outcomes) as Outcome[]).map((outcome) => [
            text.outcomes[outcome],
            format.integer(figures[outcome]),
            DECIDED.includes(outcome) ? format.percent(rateOf(figures, outcome)) : '',
          ]),
          [text.showUpRate, '', format.percent(figures.showUpRate)],
          [
            text.medianDuration,
            figures.medianDurationMinutes === null
              ? '—'
              : text.minutes(format.integer(figures.medianDurationMinutes)),
            '',
          ],
        ],
      }
    : null
  return (
    <InsightScope state={state} titleId={titleId} title={title} noun="calls" table={table}>
      <OutcomesContextProvider value={{ figures, select }}>{children}</OutcomesContextProvider>
    </InsightScope>
  )
}

/** Show-up rate and median duration, as KPI cards in a `div`. */
export const CallOutcomesSummary = forwardRef<HTMLDivElement, InsightPartProps>(
  function CallOutcomesSummary({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const { figures } = useOutcomes()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    if (!figures || status === 'empty') {
      return null
    }
    const Element = partElement('div', asChild)
    return (
      <Element {...rest} ref={ref} className={cx('aura-kpis', className)}>
        <KpiCard label={text.showUpRate} value={format.percent(figures.showUpRate)} />
        <KpiCard
          label={text.medianDuration}
          value={
            figures.medianDurationMinutes === null
              ? '—'
              : text.minutes(format.integer(figures.medianDurationMinutes))
          }
        />
      </Element>
    )
  },
)

/** One bar per outcome with its count and its rate of the calls with an outcome. */
export const CallOutcomesChart = forwardRef<HTMLDivElement, InsightPartProps>(
  function CallOutcomesChart({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const { figures, select } = useOutcomes()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    if (!figures || status === 'empty') {
      return null
    }
    const outcomes = Object.keys(text.outcomes) as Outcome[]
    const items: BarItem[] = outcomes
      .filter((outcome) => DECIDED.includes(outcome) || figures[outcome] > 0)
      .map((outcome) => {
        const label = text.outcomes[outcome]
        const count = figures[outcome]
        const rate = DECIDED.includes(outcome)
          ? format.percent(rateOf(figures, outcome))
          : undefined
        const status = STATUS_OF[outcome]
        return {
          key: outcome,
          label,
          value: count,
          valueText: format.integer(count),
          meta: rate,
          description: [`${label}: ${text.calls(count, format.integer(count))}`, rate]
            .filter(Boolean)
            .join(', '),
          tone: DECIDED.includes(outcome) ? undefined : 'muted',
          onSelect: status ? select(status) : undefined,
        }
      })
    const summary = text.outcomesSummary(
      items
        .map((item) => `${item.label} ${item.valueText}${item.meta ? ` (${item.meta})` : ''}`)
        .join(', '),
    )
    return (
      <InsightChartFrame {...rest} ref={ref} asChild={asChild} className={className}>
        <BarChart
          summary={summary}
          hint={items.some((item) => item.onSelect) ? text.selectHint : undefined}
          items={items}
        />
        <p className="aura-note">{text.ratesNote}</p>
      </InsightChartFrame>
    )
  },
)

/** Call outcomes, ready-made; compose `CallOutcomes.Root` with its parts for another layout. */
export const CallOutcomes = withInsightParts('CallOutcomes', CallOutcomesRoot, {
  Summary: CallOutcomesSummary,
  Chart: CallOutcomesChart,
})
