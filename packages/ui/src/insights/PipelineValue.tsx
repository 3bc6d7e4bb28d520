'use client'
import {
  type CallFacts,
  type CallFilters,
  type DayRange,
  type PipelineFigures,
  pipelineValue,
} from '@aura-kit/hooks'
import { forwardRef, useId, useMemo, useState } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'
import { cx, partElement } from '../kit/parts.ts'
import { useMessageSections, useMessages } from '../kit/useMessages.ts'
import { insights as insightsEn } from '../messages/en/insights.ts'
import { useInsight } from './InsightContext.tsx'
import type { InsightPartProps } from './InsightParts.tsx'
import { InsightFrame, type InsightRootProps, InsightScope } from './InsightRoot.tsx'
import { CallSource } from './insightSource.tsx'
import { KpiCard } from './KpiCard.tsx'
import { useInsightFormat } from './useInsightFormat.ts'
import { DefaultInsightParts, withInsightParts } from './widget.tsx'

export interface PipelineValueProps extends InsightRootProps {
  /** The call list's filters (as the calls table takes them). */
  filters?: CallFilters | undefined
  /** Called with the calls table's filters: upcoming calls, or closed ones. */
  onSelect?: ((filters: CallFilters) => void) | undefined
  /** Figures you counted yourself (no provider needed). */
  data?: PipelineFigures | undefined
  /** Epoch ms that splits upcoming from past calls; default when the widget mounted. */
  now?: number | undefined
}

type Figures = PipelineFigures & { total: number }

interface PipelineContextValue {
  figures: Figures | null
  onSelect: ((filters: CallFilters) => void) | undefined
  filters: CallFilters | undefined
}

const PipelineParts = createPartContext<PipelineContextValue>('<PipelineValue.Root>')
const PipelineContextProvider = PipelineParts.Context.Provider
const usePipelineContextPart = (part?: string) => usePartContext(PipelineParts, part)
const usePipeline = () => usePipelineContextPart('PipelineValue parts')

const withTotal = (figures: PipelineFigures): Figures => ({
  ...figures,
  total: figures.upcomingCount + figures.wonCount,
})

/**
 * What upcoming calls are expected to bring (`expected_deal_value` of calls after `now` still
 * scheduled) and what calls closed in the range were worth. Aura only. Holds the figures for its
 * parts; renders the kit root.
 */
export const PipelineValueRoot = forwardRef<HTMLDivElement, PipelineValueProps>(
  function PipelineValueRoot(
    { filters, onSelect, range, data, now, title, children, ...rootProps },
    ref,
  ) {
    const titleId = useId()
    const messages = useMessageSections({ insights: insightsEn })
    const [mountedAt] = useState(() => Date.now())
    const at = now ?? mountedAt
    const fromFacts = useMemo(
      () =>
        (
          facts: readonly CallFacts[],
          options: { range: DayRange | undefined; dayOf: (value: unknown) => string | null },
        ) => {
          const { coverage, ...figures } = pipelineValue(facts, { ...options, now: at })
          return { ...withTotal(figures), coverage }
        },
      [at],
    )
    return (
      <InsightFrame {...rootProps} ref={ref} kind="pipeline" titleId={titleId}>
        <CallSource
          filters={filters}
          range={range}
          data={data ? withTotal(data) : undefined}
          fromFacts={fromFacts}
        >
          {(state) => (
            <PipelineScope
              state={state}
              titleId={titleId}
              title={title ?? messages.insights.pipelineTitle}
              onSelect={onSelect}
              filters={filters}
            >
              {children ?? (
                <DefaultInsightParts>
                  <PipelineValueCards />
                </DefaultInsightParts>
              )}
            </PipelineScope>
          )}
        </CallSource>
      </InsightFrame>
    )
  },
)

function PipelineScope({
  state,
  titleId,
  title,
  onSelect,
  filters,
  children,
}: Omit<Parameters<typeof InsightScope<Figures>>[0], 'noun' | 'table'> &
  Omit<PipelineContextValue, 'figures'>) {
  const text = useMessages('insights', insightsEn)
  const format = useInsightFormat()
  const { figures } = state
  const table = figures
    ? {
        head: [text.columnFigure, text.columnValue, text.columnCalls],
        rows: [
          [
            text.upcomingValue,
            format.money(figures.upcomingValue),
            format.integer(figures.upcomingCount),
          ],
          [text.wonValue, format.money(figures.wonValue), format.integer(figures.wonCount)],
        ],
      }
    : null
  return (
    <InsightScope state={state} titleId={titleId} title={title} noun="calls" table={table}>
      <PipelineContextProvider value={{ figures, onSelect, filters }}>
        {children}
      </PipelineContextProvider>
    </InsightScope>
  )
}

/** The two figures as KPI cards, each with a button to its calls when `onSelect` is given. */
export const PipelineValueCards = forwardRef<HTMLDivElement, InsightPartProps>(
  function PipelineValueCards({ asChild, className, ...rest }, ref) {
    const { status } = useInsight()
    const { figures, onSelect, filters } = usePipeline()
    const text = useMessages('insights', insightsEn)
    const format = useInsightFormat()
    const id = useId()
    if (!figures || status === 'empty') {
      return null
    }
    const count = (value: number) => format.integer(value)
    const without = (value: number) =>
      value > 0 ? `, ${text.withoutValue(value, count(value))}` : ''
    const Element = partElement('div', asChild)
    return (
      <Element
        {...rest}
        ref={ref}
        className={cx('aura-kpis', className)}
        aria-busy={status === 'scanning' ? true : undefined}
      >
        <KpiCard.Root aria-labelledby={`${id}-upcoming`}>
          <KpiCard.Label id={`${id}-upcoming`}>{text.upcomingValue}</KpiCard.Label>
          <KpiCard.Value>{format.money(figures.upcomingValue)}</KpiCard.Value>
          <KpiCard.Caption>
            {text.upcomingCalls(figures.upcomingCount, count(figures.upcomingCount))}
            {without(figures.upcomingWithoutValue)}
          </KpiCard.Caption>
          {onSelect ? (
            <button
              type="button"
              className="aura-button aura-button-small"
              onClick={() => onSelect({ ...filters, isUpcoming: true })}
            >
              {text.showUpcoming}
            </button>
          ) : null}
        </KpiCard.Root>
        <KpiCard.Root aria-labelledby={`${id}-won`}>
          <KpiCard.Label id={`${id}-won`}>{text.wonValue}</KpiCard.Label>
          <KpiCard.Value>{format.money(figures.wonValue)}</KpiCard.Value>
          <KpiCard.Caption>
            {text.wonCalls(figures.wonCount, count(figures.wonCount))}
            {without(figures.wonWithoutValue)}
          </KpiCard.Caption>
          {onSelect ? (
            <button
              type="button"
              className="aura-button aura-button-small"
              onClick={() => onSelect({ ...filters, status: 'closed' })}
            >
              {text.showClosed}
            </button>
          ) : null}
        </KpiCard.Root>
      </Element>
    )
  },
)

/** Pipeline value, ready-made; compose `PipelineValue.Root` with its parts for another layout. */
export const PipelineValue = withInsightParts('PipelineValue', PipelineValueRoot, {
  Cards: PipelineValueCards,
})
