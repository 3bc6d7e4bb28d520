'use client'
import type { OctanistCounts, StatsProgress } from '@aura-kit/hooks'
import type { ReactNode } from 'react'
import { createPartContext, usePartContext } from '../kit/createPartContext.ts'

/**
 * Where a widget's figures stand: nothing yet (`loading`), still counting (`scanning`, figures so
 * far), stopped on an error after counting some (`partial`), failed (`error`), counted with
 * nothing in the period (`empty`), or done (`ready`).
 */
export type InsightStatus = 'loading' | 'scanning' | 'partial' | 'error' | 'empty' | 'ready'

/** How far a count has come. */
export type InsightProgress =
  | { kind: 'scan'; scanned: number; waitingUntil: number | null }
  | { kind: 'counts'; settled: number; total: number }

/** The widget's figures as a plain table, for screen readers (and anyone who wants numbers). */
export interface InsightTableModel {
  head: string[]
  rows: string[][]
}

export interface InsightModel {
  status: InsightStatus
  /** While counting, how far; null otherwise. */
  progress: InsightProgress | null
  error: unknown
  /** Continues a stopped count (or asks the failed counts again). */
  retry: (() => void) | undefined
  /** Where the figures come from: a scan (Aura), exact counts (Octanist) or the `data` prop. */
  source: 'scan' | 'counts' | 'data'
  /** Records (scan) or counts (Octanist) in so far. */
  counted: number
  /** What is counted, for the progress and partial wording. */
  noun: 'leads' | 'calls'
  /** Records left out for want of a usable date. */
  undated: number
  /** The title's text (the `title` prop, or the widget's own). */
  title: ReactNode
  titleId: string
  table: InsightTableModel | null
}

const InsightPartContext = createPartContext<InsightModel>(
  "a widget's Root, e.g. <LeadFunnel.Root>",
)
const InsightProvider = InsightPartContext.Context.Provider
const useInsightPart = (part?: string) => usePartContext(InsightPartContext, part)

export { InsightProvider }

/** The widget a part stands in; throws outside one. */
export function useInsight(): InsightModel {
  return useInsightPart('Insight parts')
}

interface Counted {
  /** Records in the figures (0: empty once done). */
  total: number
}

/** Status and progress of figures counted by a background scan (Aura). */
export function fromScan(progress: StatsProgress, figures: Counted) {
  const status: InsightStatus =
    progress.error !== null
      ? progress.scanned > 0
        ? 'partial'
        : 'error'
      : !progress.done
        ? progress.scanned > 0
          ? 'scanning'
          : 'loading'
        : figures.total === 0
          ? 'empty'
          : 'ready'
  return {
    status,
    progress:
      status === 'loading' || status === 'scanning'
        ? {
            kind: 'scan' as const,
            scanned: progress.scanned,
            waitingUntil: progress.waitingUntil,
          }
        : null,
    error: progress.error,
    retry: progress.retry,
    source: 'scan' as const,
    counted: progress.scanned,
  }
}

/** Status and progress of figures made from exact counts (Octanist). */
export function fromCounts(counts: OctanistCounts, figures: Counted) {
  const pending = counts.settled < counts.total
  const status: InsightStatus =
    counts.failed > 0 && !pending
      ? counts.failed < counts.total
        ? 'partial'
        : 'error'
      : pending
        ? counts.settled > 0
          ? 'scanning'
          : 'loading'
        : figures.total === 0
          ? 'empty'
          : 'ready'
  return {
    status,
    progress:
      status === 'loading' || status === 'scanning'
        ? { kind: 'counts' as const, settled: counts.settled, total: counts.total }
        : null,
    error: counts.error,
    retry: counts.retry,
    source: 'counts' as const,
    counted: counts.settled - counts.failed,
  }
}

/** Figures given as `data`: ready, or empty when they count nothing. */
export function fromData(figures: Counted) {
  return {
    status: (figures.total === 0 ? 'empty' : 'ready') as InsightStatus,
    progress: null,
    error: null,
    retry: undefined,
    source: 'data' as const,
    counted: figures.total,
  }
}
