'use client'
import {
  type CallFacts,
  type CallFilters,
  type CountBucket,
  type Coverage,
  createDayKeyer,
  type DayRange,
  type LeadFacts,
  type LeadFilters,
  type OctanistLeadFilters,
  type StatsProgress,
  useCallScan,
  useLeadScan,
  useOctanistCounts,
} from '@aura-kit/hooks'
import { type ReactNode, useMemo } from 'react'
import type { OctanistTableFilters } from '../filter-bar/octanistFilters.ts'
import { toOctanistQuery } from '../filter-bar/octanistFilters.ts'
import { useKit } from '../kit/KitContext.tsx'
import { fromCounts, fromData, fromScan, type InsightModel } from './InsightContext.tsx'

/** Where a lead widget's figures come from. */
export type LeadInsightSource =
  | {
      /** Aura (default): counted by scanning the lead list in the background. */
      api?: 'aura' | undefined
      /** The lead list's filters (as the tables take them). */
      filters?: LeadFilters | undefined
      /** Called with the tables' filters for a chosen bar or step. */
      onSelect?: ((filters: LeadFilters) => void) | undefined
    }
  | {
      /** Octanist: exact counts from `limit=1` requests. */
      api: 'octanist'
      /** The Octanist table's filters (its created-date filters give way to `range`). */
      filters?: OctanistTableFilters | undefined
      onSelect?: ((filters: OctanistTableFilters) => void) | undefined
    }

/** What a widget's source decided: its state and figures (null until there are some). */
export type SourceState<F> = Pick<
  InsightModel,
  'status' | 'progress' | 'error' | 'retry' | 'source' | 'counted' | 'undated'
> & { figures: F | null }

type Computed<F> = F & { coverage?: Coverage }

export interface LeadSourceSpec<F extends { total: number }> {
  /** Figures from the leads scanned so far (Aura). */
  fromFacts: (
    facts: readonly LeadFacts[],
    options: { range: DayRange | undefined; dayOf: (value: unknown) => string | null },
  ) => Computed<F>
  /** The counts to ask Octanist for. */
  buckets: (
    query: OctanistLeadFilters,
    range: DayRange | undefined,
    timeZone?: string,
  ) => CountBucket[]
  /** Figures from Octanist's counts, by bucket id. */
  fromCounts: (counts: Record<string, number | undefined>) => F
}

/** The filters a chosen mark stands for, in the shape the matching table takes. */
export function selection(
  source: LeadInsightSource,
  range: DayRange | undefined,
  chosen: { status?: string; source?: string },
): (() => void) | undefined {
  if (source.api === 'octanist') {
    const { onSelect, filters } = source
    if (!onSelect) {
      return undefined
    }
    const dates = range ? { createdFrom: range.from, createdTo: range.to } : {}
    return () => onSelect({ ...filters, ...dates, ...chosen })
  }
  const { onSelect, filters } = source
  return onSelect ? () => onSelect({ ...filters, ...chosen }) : undefined
}

function useDayKeyer() {
  const { timeZone } = useKit()
  return useMemo(() => createDayKeyer(timeZone), [timeZone])
}

function withoutCoverage<F>({ coverage, ...figures }: Computed<F>): {
  figures: F
  undated: number
} {
  return { figures: figures as F, undated: coverage?.undated ?? 0 }
}

/** A background scan's state and the figures from the facts it has so far (Aura leads or calls). */
function useScannedFigures<T, F extends { total: number }>(
  scan: StatsProgress & { facts: readonly T[] },
  fromFacts: (
    facts: readonly T[],
    options: { range: DayRange | undefined; dayOf: (value: unknown) => string | null },
  ) => Computed<F>,
  range: DayRange | undefined,
): SourceState<F> {
  const dayOf = useDayKeyer()
  const from = range?.from
  const to = range?.to
  const { facts } = scan
  const computed = useMemo(
    () =>
      withoutCoverage(
        fromFacts(facts, {
          range: from !== undefined && to !== undefined ? { from, to } : undefined,
          dayOf,
        }),
      ),
    [fromFacts, facts, from, to, dayOf],
  )
  const state = fromScan(scan, computed.figures)
  return {
    ...state,
    figures: state.status === 'loading' || state.status === 'error' ? null : computed.figures,
    undated: computed.undated,
  }
}

function AuraLeads<F extends { total: number }>({
  filters,
  range,
  spec,
  children,
}: {
  filters: LeadFilters | undefined
  range: DayRange | undefined
  spec: LeadSourceSpec<F>
  children: (state: SourceState<F>) => ReactNode
}) {
  return children(useScannedFigures(useLeadScan(filters), spec.fromFacts, range))
}

function OctanistLeads<F extends { total: number }>({
  filters,
  range,
  spec,
  children,
}: {
  filters: OctanistTableFilters | undefined
  range: DayRange | undefined
  spec: LeadSourceSpec<F>
  children: (state: SourceState<F>) => ReactNode
}) {
  const { timeZone } = useKit()
  const query = toOctanistQuery({ ...filters, createdFrom: null, createdTo: null })
  const counts = useOctanistCounts(spec.buckets(query, range, timeZone))
  const figures = spec.fromCounts(counts.counts)
  const state = fromCounts(counts, figures)
  return children({
    ...state,
    figures: state.status === 'loading' || state.status === 'error' ? null : figures,
    undated: 0,
  })
}

/**
 * Runs the hooks of the chosen source (Aura scan, Octanist counts, or none for `data`) and
 * hands their state to `children`.
 */
export function LeadSource<F extends { total: number }>({
  source,
  range,
  data,
  spec,
  children,
}: {
  source: LeadInsightSource
  range: DayRange | undefined
  data: F | undefined
  spec: LeadSourceSpec<F>
  children: (state: SourceState<F>) => ReactNode
}) {
  if (data) {
    return children({ ...fromData(data), figures: data, undated: 0 })
  }
  if (source.api === 'octanist') {
    return (
      <OctanistLeads filters={source.filters} range={range} spec={spec}>
        {children}
      </OctanistLeads>
    )
  }
  return (
    <AuraLeads filters={source.filters} range={range} spec={spec}>
      {children}
    </AuraLeads>
  )
}

/** Runs the call scan (or nothing for `data`) and hands its state to `children`. */
export function CallSource<F extends { total: number }>({
  filters,
  range,
  data,
  fromFacts,
  children,
}: {
  filters: CallFilters | undefined
  range: DayRange | undefined
  data: F | undefined
  fromFacts: (
    facts: readonly CallFacts[],
    options: { range: DayRange | undefined; dayOf: (value: unknown) => string | null },
  ) => Computed<F>
  children: (state: SourceState<F>) => ReactNode
}) {
  if (data) {
    return children({ ...fromData(data), figures: data, undated: 0 })
  }
  return (
    <AuraCalls filters={filters} range={range} fromFacts={fromFacts}>
      {children}
    </AuraCalls>
  )
}

function AuraCalls<F extends { total: number }>({
  filters,
  range,
  fromFacts,
  children,
}: {
  filters: CallFilters | undefined
  range: DayRange | undefined
  fromFacts: Parameters<typeof CallSource<F>>[0]['fromFacts']
  children: (state: SourceState<F>) => ReactNode
}) {
  return children(useScannedFigures(useCallScan(filters), fromFacts, range))
}
