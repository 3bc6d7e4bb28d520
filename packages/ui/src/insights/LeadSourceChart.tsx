'use client'
import {
  leadSources,
  type SourceFigures,
  sourceBuckets,
  sourcesFromBuckets,
  topSources,
} from '@aura-kit/hooks'
import { forwardRef, useId } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { useMessageSections, useMessages } from '../kit/useMessages.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
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

export type LeadSourceChartProps = InsightRootProps &
  LeadInsightSource & {
    /** Figures you counted yourself (every source; the chart keeps the top `limit`). */
    data?: SourceFigures | undefined
    /** Sources shown before the rest are summed as "Other sources". Default 6. */
    limit?: number | undefined
  }

interface SourcesValue {
  figures: SourceFigures | null
  limit: number
  select: (source: string) => (() => void) | undefined
}

const SourcesParts = createPartContext<SourcesValue>('<LeadSourceChart.Root>')
const SourcesContextProvider = SourcesParts.Context.Provider
const useSourcesContextPart = (part?: string) => usePartContext(SourcesParts, part)
const useSources = () => useSourcesContextPart('LeadSourceChart parts')

const SPEC: LeadSourceSpec<SourceFigures> = {
  fromFacts: (facts, { range, dayOf }) => leadSources(facts, { range, dayOf }),
  buckets: (query, range, timeZone) => sourceBuckets(query, range ?? null, timeZone),
  fromCounts: sourcesFromBuckets,
}

interface Row {
  key: string
  label: string
  count: number
  source: string | null
  other: boolean
}

/** The top sources and "Other sources" (when any), as rows with their labels. */
function useRows(figures: SourceFigures, limit: number): Row[] {
  const text = useMessages('insights', insightsEn)
  const top = topSources(figures, limit)
  const rows: Row[] = top.items.map((item) => ({
    key: item.source === null ? '(none)' : `source:${item.source}`,
    label: item.source === null ? text.noSource : chartLabel(item.source),
    count: item.count,
    source: item.source,
    other: false,
  }))
  if (top.other > 0) {
    rows.push({
      key: '(other)',
      label: text.otherSources,
      count: top.other,
      source: null,
      other: true,
    })
  }
  return rows
}

/**
 * Leads by source (Aura `source.utm_source`, Octanist `source`) over the range: the top `limit`
 * and the rest as "Other sources". Holds the figures for its parts; renders the kit root.
 */
export const LeadSourceChartRoot = forwardRef<HTMLDivElement, LeadSourceChartProps>(
  function LeadSourceChartRoot(props, ref) {
    const { api, filters, onSelect, range, data, title, limit = 6, children, ...rootProps } = props
    const titleId = useId()
    const messages = useMessageSections({ insights: insightsEn })
    return (
      <InsightFrame {...rootProps} ref={ref} kind="sources" titleId={titleId}>
        <LeadSource source={props} range={range} data={data} spec={SPEC}>
          {(state) => (
            <SourcesScope
              state={state}
              titleId={titleId}
              title={title ?? messages.insights.sourcesTitle}
              limit={limit}
              select={(source) => selection(props, range, { source })}
            >
              {children ?? (
                <DefaultInsightParts>
                  <LeadSourceChartChart />
                </DefaultInsightParts>
              )}
            </SourcesScope>
          )}
        </LeadSource>
      </InsightFrame>
    )
  },
)

function SourcesScope({
  state,
  titleId,
  title,
  limit,
  select,
  children,
}: Omit<Parameters<typeof InsightScope<SourceFigures>>[0], 'noun' | 'table'> &
  Omit<SourcesValue, 'figures'>) {
  const text = useMessages('insights', insightsEn)
  const format = useInsightFormat()
  const { figures } = state
  const rows = useRows(figures ?? { items: [], total: 0 }, limit)
  const table = figures
    ? {
        head: [text.columnSource, text.columnLeads, text.columnShare],
        rows: rows.map((row) => [
          row.label,
          format.integer(row.count),
          format.percent(figures.total > 0 ? row.count / figures.total : null),
        ]),
      }
    : null
  return (
    <InsightScope state={state} titleId={titleId} title={title} noun="leads" table={table}>
      <SourcesContextProvider value={{ figures, limit, select }}>{children}</SourcesContextProvider>
    </InsightScope>
  )
}

/** One bar per source, longest first, each with its count and share. */
export const LeadSourceChartChart = forwardRef<HTMLDivElement, InsightPartProps>(
  function LeadSourceChartChart({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const { figures, limit, select } = useSources()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    const rows = useRows(figures ?? { items: [], total: 0 }, limit)
    if (!figures || status === 'empty') {
      return null
    }
    const items: BarItem[] = rows.map((row) => {
      const share = format.percent(figures.total > 0 ? row.count / figures.total : null)
      return {
        key: row.key,
        label: row.label,
        value: row.count,
        valueText: format.integer(row.count),
        meta: share,
        description: `${row.label}: ${text.leads(row.count, format.integer(row.count))}, ${text.share(share)}`,
        tone: row.other || row.source === null ? 'muted' : undefined,
        onSelect: row.source === null ? undefined : select(row.source),
      }
    })
    const summary = text.sourcesSummary(
      items.map((item) => `${item.label} ${item.valueText} (${item.meta})`).join(', '),
    )
    return (
      <InsightChartFrame {...rest} ref={ref} asChild={asChild} className={className}>
        <BarChart
          summary={summary}
          hint={items.some((item) => item.onSelect) ? text.selectHint : undefined}
          items={items}
        />
      </InsightChartFrame>
    )
  },
)

/** Leads by source, ready-made; compose `LeadSourceChart.Root` with its parts for another layout. */
export const LeadSourceChart = withInsightParts('LeadSourceChart', LeadSourceChartRoot, {
  Chart: LeadSourceChartChart,
})
