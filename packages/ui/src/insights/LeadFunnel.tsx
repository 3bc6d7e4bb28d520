'use client'
import {
  AURA_FUNNEL,
  type FunnelFigures,
  funnelBuckets,
  funnelFromBuckets,
  leadFunnel,
} from '@aura-kit/hooks'
import { forwardRef, useId } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { useMessageSections, useMessages } from '../kit/useMessages.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
import { statuses as statusesEn } from '../messages/en/statuses.ts'
import { BarChart, type BarItem, chartLabel } from './BarChart.tsx'
import { useInsight } from './InsightContext.tsx'
import { InsightChartFrame, type InsightPartProps } from './InsightParts.tsx'
import { InsightFrame, type InsightRootProps, InsightScope } from './InsightRoot.tsx'
import {
  type LeadInsightSource,
  LeadSource,
  type LeadSourceSpec,
  selection,
} from './insightSource.tsx'
import { useInsightFormat } from './useInsightFormat.ts'
import { DefaultInsightParts, withInsightParts } from './widget.tsx'

export type LeadFunnelProps = InsightRootProps &
  LeadInsightSource & {
    /** Figures you counted yourself (no provider needed). */
    data?: FunnelFigures | undefined
  }

interface FunnelValue {
  figures: FunnelFigures | null
  octanist: boolean
  select: (status: string) => (() => void) | undefined
}

const FunnelParts = createPartContext<FunnelValue>('<LeadFunnel.Root>')
const FunnelContextProvider = FunnelParts.Context.Provider
const useFunnelContextPart = (part?: string) => usePartContext(FunnelParts, part)
const useFunnel = () => useFunnelContextPart('LeadFunnel parts')

const SPEC: LeadSourceSpec<FunnelFigures> = {
  fromFacts: (facts, { range, dayOf }) => leadFunnel(facts, AURA_FUNNEL, { range, dayOf }),
  buckets: (query, range, timeZone) => funnelBuckets(query, range ?? null, timeZone),
  fromCounts: (counts) => funnelFromBuckets(counts),
}

/** A status's label in the kit's messages, or the status as sent. */
function useStatusLabel(octanist: boolean) {
  const statuses = useMessages('statuses', statusesEn)
  const labels = octanist ? statuses.octanist : statuses.lead
  return (status: string) => chartLabel(labels[status] ?? status)
}

/**
 * Leads by status in funnel order (Aura: new → contacted → booked → qualified → won; Octanist:
 * open → qualified → won), with the statuses that leave the funnel beside it and the conversion
 * between steps. Holds the figures for its parts; renders the kit root.
 */
export const LeadFunnelRoot = forwardRef<HTMLDivElement, LeadFunnelProps>(
  function LeadFunnelRoot(props, ref) {
    const { api, filters, onSelect, range, data, title, children, ...rootProps } = props
    const titleId = useId()
    const messages = useMessageSections({ insights: insightsEn })
    return (
      <InsightFrame {...rootProps} ref={ref} kind="funnel" titleId={titleId}>
        <LeadSource source={props} range={range} data={data} spec={SPEC}>
          {(state) => (
            <FunnelScope
              state={state}
              titleId={titleId}
              title={title ?? messages.insights.funnelTitle}
              octanist={api === 'octanist'}
              select={(status) => selection(props, range, { status })}
            >
              {children ?? (
                <DefaultInsightParts>
                  <LeadFunnelChart />
                </DefaultInsightParts>
              )}
            </FunnelScope>
          )}
        </LeadSource>
      </InsightFrame>
    )
  },
)

function FunnelScope({
  state,
  titleId,
  title,
  octanist,
  select,
  children,
}: Omit<Parameters<typeof InsightScope<FunnelFigures>>[0], 'noun' | 'table'> &
  Omit<FunnelValue, 'figures'>) {
  const text = useMessages('insights', insightsEn)
  const format = useInsightFormat()
  const label = useStatusLabel(octanist)
  const { figures } = state
  const table = figures
    ? {
        head: [text.columnStatus, text.columnLeads, text.columnReached, text.columnConversion],
        rows: [
          ...figures.steps.map((step) => [
            label(step.status),
            format.integer(step.count),
            format.integer(step.reached),
            format.percent(step.conversion),
          ]),
          ...figures.beside.map((step) => [label(step.status), format.integer(step.count), '', '']),
          [text.otherStatus, format.integer(figures.other), '', ''],
        ],
      }
    : null
  return (
    <InsightScope state={state} titleId={titleId} title={title} noun="leads" table={table}>
      <FunnelContextProvider value={{ figures, octanist, select }}>
        {children}
      </FunnelContextProvider>
    </InsightScope>
  )
}

/** The funnel's bars: each step's leads now (solid) over those that reached it (light). */
export const LeadFunnelChart = forwardRef<HTMLDivElement, InsightPartProps>(
  function LeadFunnelChart({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const { figures, octanist, select } = useFunnel()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    const label = useStatusLabel(octanist)
    if (!figures || status === 'empty') {
      return null
    }
    const leads = (count: number) => text.leads(count, format.integer(count))
    const steps: BarItem[] = figures.steps.map((step) => ({
      key: step.status,
      label: label(step.status),
      value: step.count,
      ghost: step.reached,
      valueText: format.integer(step.count),
      meta: step.conversion === null ? undefined : format.percent(step.conversion),
      metaPrefix: '→',
      description: [
        `${label(step.status)}: ${leads(step.count)}`,
        text.reached(step.reached, format.integer(step.reached)),
        step.conversion === null ? null : text.conversion(format.percent(step.conversion)),
      ]
        .filter(Boolean)
        .join(', '),
      onSelect: select(step.status),
    }))
    const beside: BarItem[] = figures.beside.map((step, index) => ({
      key: step.status,
      label: label(step.status),
      value: step.count,
      valueText: format.integer(step.count),
      description: `${label(step.status)}: ${leads(step.count)}`,
      tone: 'muted',
      group: index === 0 ? text.leftFunnel : undefined,
      onSelect: select(step.status),
    }))
    const other: BarItem[] =
      figures.other > 0
        ? [
            {
              key: '(other)',
              label: text.otherStatus,
              value: figures.other,
              valueText: format.integer(figures.other),
              description: `${text.otherStatus}: ${leads(figures.other)}`,
              tone: 'muted',
              group: beside.length === 0 ? text.leftFunnel : undefined,
            },
          ]
        : []
    const items = [...steps, ...beside, ...other]
    const summary = text.funnelSummary(
      items.map((item) => `${item.label} ${item.valueText}`).join(', '),
    )
    return (
      <InsightChartFrame {...rest} ref={ref} asChild={asChild} className={className}>
        <BarChart
          summary={summary}
          hint={items.some((item) => item.onSelect) ? text.selectHint : undefined}
          items={items}
        />
        <ul className="aura-chart-legend">
          <li>
            <span className="aura-legend-swatch" data-kind="bar" aria-hidden="true" />
            {text.atStep}
          </li>
          <li>
            <span className="aura-legend-swatch" data-kind="ghost" aria-hidden="true" />
            {text.columnReached}
          </li>
        </ul>
      </InsightChartFrame>
    )
  },
)

/**
 * The lead funnel, ready-made: title, progress while counting, states, the bars and a hidden
 * table with the same figures. Compose `LeadFunnel.Root` with its parts for another layout.
 */
export const LeadFunnel = withInsightParts('LeadFunnel', LeadFunnelRoot, {
  Chart: LeadFunnelChart,
})
