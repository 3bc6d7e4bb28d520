'use client'
import { useMemo } from 'react'
import type { CallFilters, LeadFilters } from '../queryKeys.ts'
import {
  type CallOutcomeFigures,
  callOutcomes,
  type PipelineFigures,
  pipelineValue,
} from './callFigures.ts'
import { createDayKeyer, type DayRange } from './dates.ts'
import {
  AURA_FUNNEL,
  type Coverage,
  type FunnelFigures,
  leadFunnel,
  leadSources,
  leadsOverTime,
  type SourceFigures,
  type TimeBucket,
  type TimeSeriesFigures,
} from './leadFigures.ts'
import { type ListScanResult, type ScanOptions, useCallScan, useLeadScan } from './useListScan.ts'

export interface StatsOptions extends ScanOptions {
  /** IANA zone the days are counted in; default the runtime's. */
  timeZone?: string | undefined
  /** Buckets of `overTime`; default days up to 62 days, weeks beyond. */
  bucket?: TimeBucket | undefined
}

/** Progress of the scan behind a set of figures, and its controls. */
export type StatsProgress = Omit<ListScanResult<unknown>, 'facts'>

export interface LeadStats {
  progress: StatsProgress
  funnel: FunnelFigures
  sources: SourceFigures
  /** Per day or week over `range` (empty without one). */
  overTime: TimeSeriesFigures | null
  coverage: Coverage
}

const withoutFacts = <F>({ facts: _facts, ...progress }: ListScanResult<F>): StatsProgress =>
  progress

/**
 * Exact lead figures over `range` (by `created_at`, in `options.timeZone`), counted by scanning
 * the list in the background (`useLeadScan`); while it runs they cover `progress.scanned` leads.
 */
export function useLeadStats(
  filters: LeadFilters = {},
  range?: DayRange,
  options: StatsOptions = {},
): LeadStats {
  const scan = useLeadScan(filters, options)
  const { timeZone, bucket } = options
  const dayOf = useMemo(() => createDayKeyer(timeZone), [timeZone])
  const { facts } = scan
  const from = range?.from
  const to = range?.to
  const figures = useMemo(() => {
    const span = from !== undefined && to !== undefined ? { from, to } : undefined
    const funnel = leadFunnel(facts, AURA_FUNNEL, { range: span, dayOf })
    const { coverage, ...sources } = leadSources(facts, { range: span, dayOf })
    const overTime = span ? leadsOverTime(facts, { range: span, dayOf, bucket }) : null
    return { funnel, sources, overTime, coverage }
  }, [facts, from, to, dayOf, bucket])
  return { progress: withoutFacts(scan), ...figures }
}

export interface CallStats {
  progress: StatsProgress
  outcomes: CallOutcomeFigures
  pipeline: PipelineFigures
  coverage: Coverage
}

/**
 * Call outcomes and pipeline value over `range` (by `scheduled_at`), counted by scanning the call
 * list in the background (`useCallScan`). `now` decides which calls are upcoming.
 */
export function useCallStats(
  filters: CallFilters = {},
  range?: DayRange,
  options: StatsOptions & { now?: number | undefined } = {},
): CallStats {
  const scan = useCallScan(filters, options)
  const { timeZone, now } = options
  const dayOf = useMemo(() => createDayKeyer(timeZone), [timeZone])
  const { facts } = scan
  const from = range?.from
  const to = range?.to
  const figures = useMemo(() => {
    const span = from !== undefined && to !== undefined ? { from, to } : undefined
    const { coverage, ...outcomes } = callOutcomes(facts, { range: span, dayOf })
    const pipeline = pipelineValue(facts, { range: span, dayOf, now })
    return { outcomes, pipeline, coverage }
  }, [facts, from, to, dayOf, now])
  return { progress: withoutFacts(scan), ...figures }
}
