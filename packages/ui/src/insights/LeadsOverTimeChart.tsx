'use client'
import {
  type DayRange,
  defaultBucket,
  lastDays,
  leadsOverTime,
  normalizeRange,
  type TimeBucket,
  type TimeSeriesFigures,
  timeBuckets,
  timeSeriesFromBuckets,
} from '@aura-kit/hooks'
import { forwardRef, useId, useMemo, useState } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { useKit } from '../kit/KitContext.tsx'
import { messagesSection, useMessages } from '../kit/useMessages.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
import { useInsight } from './InsightContext.tsx'
import { InsightChartFrame, type InsightPartProps } from './InsightParts.tsx'
import { InsightFrame, type InsightRootProps, InsightScope } from './InsightRoot.tsx'
import { type LeadInsightSource, LeadSource, type LeadSourceSpec } from './insightSource.tsx'
import { KpiCard } from './KpiCard.tsx'
import { LineChart, type LinePoint } from './LineChart.tsx'
import { type InsightFormat, useInsightFormat } from './useInsightFormat.ts'
import { DefaultInsightParts, withInsightParts } from './widget.tsx'

export type LeadsOverTimeChartProps = InsightRootProps &
  LeadInsightSource & {
    /** Figures you counted yourself. */
    data?: TimeSeriesFigures | undefined
    /** Days or 7-day blocks; default days up to 62 days, weeks beyond. */
    bucket?: TimeBucket | undefined
  }

interface SeriesValue {
  figures: TimeSeriesFigures | null
  /** Octanist can filter the table by a point's days; Aura's lead list has no date filter. */
  select: ((start: string, end: string) => () => void) | undefined
}

const SeriesParts = createPartContext<SeriesValue>('<LeadsOverTimeChart.Root>')
const SeriesContextProvider = SeriesParts.Context.Provider
const useSeriesContextPart = (part?: string) => usePartContext(SeriesParts, part)
const useSeries = () => useSeriesContextPart('LeadsOverTimeChart parts')

const specFor = (range: DayRange, bucket: TimeBucket): LeadSourceSpec<TimeSeriesFigures> => ({
  fromFacts: (facts, { dayOf }) => leadsOverTime(facts, { range, dayOf, bucket }),
  buckets: (query, _range, timeZone) => timeBuckets(query, range, timeZone, bucket),
  fromCounts: (counts) => timeSeriesFromBuckets(counts, range, bucket),
})

const periodOf = (
  point: { start: string; end: string },
  format: InsightFormat,
  days: (from: string, to: string) => string,
) =>
  point.start === point.end
    ? format.day(point.start)
    : days(format.day(point.start), format.day(point.end))

/**
 * Leads per day or week over the range (default the last 30 days in the kit's zone), with the
 * previous period of the same length as a faint dashed line. Holds the figures for its parts.
 */
export const LeadsOverTimeChartRoot = forwardRef<HTMLDivElement, LeadsOverTimeChartProps>(
  function LeadsOverTimeChartRoot(props, ref) {
    const { api, filters, onSelect, range, data, bucket, title, children, ...rootProps } = props
    const titleId = useId()
    const kit = useKit()
    const [fallback] = useState(() => lastDays(30, rootProps.timeZone ?? kit.timeZone))
    const span = normalizeRange(range) ?? fallback
    const size = bucket ?? data?.bucket ?? defaultBucket(span)
    const { from, to } = span
    const spec = useMemo(() => specFor({ from, to }, size), [from, to, size])
    const select =
      props.api === 'octanist' && props.onSelect
        ? (start: string, end: string) => () =>
            props.onSelect?.({ ...props.filters, createdFrom: start, createdTo: end })
        : undefined
    return (
      <InsightFrame {...rootProps} ref={ref} kind="over-time" titleId={titleId}>
        <LeadSource source={props} range={span} data={data} spec={spec}>
          {(state) => (
            <SeriesScope
              state={state}
              titleId={titleId}
              title={title ?? messagesSection(kit.messages, 'insights', insightsEn).overTimeTitle}
              select={select}
            >
              {children ?? (
                <DefaultInsightParts>
                  <LeadsOverTimeChartTotal />
                  <LeadsOverTimeChartChart />
                </DefaultInsightParts>
              )}
            </SeriesScope>
          )}
        </LeadSource>
      </InsightFrame>
    )
  },
)

function SeriesScope({
  state,
  titleId,
  title,
  select,
  children,
}: Omit<Parameters<typeof InsightScope<TimeSeriesFigures>>[0], 'noun' | 'table'> &
  Omit<SeriesValue, 'figures'>) {
  const text = useMessages('insights', insightsEn)
  const format = useInsightFormat()
  const { figures } = state
  const table = figures
    ? {
        head: [text.columnPeriod, text.columnCurrent, text.columnPrevious],
        rows: figures.points.map((point) => [
          periodOf(point, format, text.days),
          format.integer(point.count),
          format.integer(point.previous),
        ]),
      }
    : null
  return (
    <InsightScope state={state} titleId={titleId} title={title} noun="leads" table={table}>
      <SeriesContextProvider value={{ figures, select }}>{children}</SeriesContextProvider>
    </InsightScope>
  )
}

/** Leads in the period against the period before, as a KPI card. */
export const LeadsOverTimeChartTotal = forwardRef<HTMLDivElement, InsightPartProps>(
  function LeadsOverTimeChartTotal(props, ref) {
    const { status } = useInsight()
    const { figures } = useSeries()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    if (!figures || status === 'empty') {
      return null
    }
    return (
      <KpiCard
        {...props}
        ref={ref}
        label={text.totalLeads}
        value={format.integer(figures.total)}
        current={figures.total}
        previous={figures.previousTotal}
      />
    )
  },
)

/** The line chart with its legend (solid: this period; dashed: the previous one). */
export const LeadsOverTimeChartChart = forwardRef<HTMLDivElement, InsightPartProps>(
  function LeadsOverTimeChartChart({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const { figures, select } = useSeries()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    if (!figures || status === 'empty') {
      return null
    }
    const leads = (count: number) => text.leads(count, format.integer(count))
    const points: LinePoint[] = figures.points.map((point) => ({
      key: point.start,
      label: format.shortDay(point.start),
      value: point.count,
      previous: point.previous,
      description: text.point(
        periodOf(point, format, text.days),
        leads(point.count),
        leads(point.previous),
      ),
      onSelect: select?.(point.start, point.end),
    }))
    const first = figures.points[0]
    const last = figures.points.at(-1)
    const summary =
      first && last
        ? text.overTimeSummary(
            leads(figures.total),
            leads(figures.previousTotal),
            format.day(first.start),
            format.day(last.end),
          )
        : ''
    return (
      <InsightChartFrame {...rest} ref={ref} asChild={asChild} className={className}>
        <LineChart
          summary={summary}
          hint={select ? text.selectHint : undefined}
          points={points}
          integer={format.integer}
        />
        <ul className="aura-chart-legend">
          <li>
            <span className="aura-legend-swatch" data-kind="line" aria-hidden="true" />
            {text.thisPeriod}
          </li>
          <li>
            <span className="aura-legend-swatch" data-kind="dashed" aria-hidden="true" />
            {text.previousPeriod}
          </li>
        </ul>
      </InsightChartFrame>
    )
  },
)

/** Leads over time, ready-made; compose `LeadsOverTimeChart.Root` with its parts for another layout. */
export const LeadsOverTimeChart = withInsightParts('LeadsOverTimeChart', LeadsOverTimeChartRoot, {
  Total: LeadsOverTimeChartTotal,
  Chart: LeadsOverTimeChartChart,
})
