import type { CallFacts } from './facts.ts'
import { type Coverage, type FigureOptions, selectInRange } from './leadFigures.ts'

/**
 * How call statuses group into outcomes. A call happened ("completed") when it has a sales
 * outcome: `closed`, `not_closed`, `follow_up`, or the mock's plain `completed`.
 */
export const CALL_OUTCOME_GROUPS = {
  completed: ['completed', 'closed', 'not_closed', 'follow_up'],
  noShow: ['no_show'],
  cancelled: ['cancelled', 'canceled'],
  rescheduled: ['rescheduled'],
  scheduled: ['scheduled'],
} as const

export type CallOutcome = keyof typeof CALL_OUTCOME_GROUPS

const OUTCOME_OF = new Map<string, CallOutcome>(
  Object.entries(CALL_OUTCOME_GROUPS).flatMap(([outcome, statuses]) =>
    statuses.map((status) => [status, outcome as CallOutcome] as const),
  ),
)

/** The outcome a status belongs to, or `other` (unknown or missing). */
export const outcomeOf = (status: string | null): CallOutcome | 'other' =>
  (status !== null && OUTCOME_OF.get(status)) || 'other'

export interface CallOutcomeFigures {
  /** Calls due in the range: the six counts below add up to it. */
  total: number
  completed: number
  noShow: number
  cancelled: number
  rescheduled: number
  /** Still scheduled (not yet happened, or never updated). */
  scheduled: number
  /** Unknown or missing status. */
  other: number
  /** Each outcome over the calls that have one (completed + no-show + cancelled + rescheduled). */
  rates: Record<'completed' | 'noShow' | 'cancelled' | 'rescheduled', number | null>
  /** Completed over completed + no-show: of the calls that were due and not called off, how many happened. */
  showUpRate: number | null
  /** Median `duration_minutes` of completed calls that have one. */
  medianDurationMinutes: number | null
  /** How many completed calls had a duration. */
  withDuration: number
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null
  }
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null)

/** Call outcomes for the calls due in the range (by `scheduled_at`, else `created_at`). */
export function callOutcomes(
  facts: readonly CallFacts[],
  options: FigureOptions = {},
): CallOutcomeFigures & { coverage: Coverage } {
  const { selected, coverage } = selectInRange(facts, (call) => call.at, options)
  const counts = { completed: 0, noShow: 0, cancelled: 0, rescheduled: 0, scheduled: 0, other: 0 }
  const durations: number[] = []
  for (const call of selected) {
    const outcome = outcomeOf(call.status)
    counts[outcome]++
    if (outcome === 'completed' && call.durationMinutes !== null) {
      durations.push(call.durationMinutes)
    }
  }
  const decided = counts.completed + counts.noShow + counts.cancelled + counts.rescheduled
  return {
    total: selected.length,
    ...counts,
    rates: {
      completed: rate(counts.completed, decided),
      noShow: rate(counts.noShow, decided),
      cancelled: rate(counts.cancelled, decided),
      rescheduled: rate(counts.rescheduled, decided),
    },
    showUpRate: rate(counts.completed, counts.completed + counts.noShow),
    medianDurationMinutes: median(durations),
    withDuration: durations.length,
    coverage,
  }
}

export interface PipelineFigures {
  /** Sum of `expected_deal_value` (cents) of upcoming calls. */
  upcomingValue: number
  /** Calls due after `now` that are neither called off nor already decided. */
  upcomingCount: number
  /** Upcoming calls without a deal value (not in the sum). */
  upcomingWithoutValue: number
  /** Sum of `expected_deal_value` (cents) of calls closed in the range. */
  wonValue: number
  /** Calls with status `closed` due in the range. */
  wonCount: number
  /** Closed calls without a deal value (not in the sum). */
  wonWithoutValue: number
}

/**
 * Pipeline value: what upcoming calls are expected to bring (every call due after `now`, whatever
 * the range, still `scheduled` or with an unknown status) and what calls closed in the range
 * were worth (`expected_deal_value` of `closed` calls).
 */
export function pipelineValue(
  facts: readonly CallFacts[],
  options: FigureOptions & { now?: number | undefined } = {},
): PipelineFigures & { coverage: Coverage } {
  const now = options.now ?? Date.now()
  const figures: PipelineFigures = {
    upcomingValue: 0,
    upcomingCount: 0,
    upcomingWithoutValue: 0,
    wonValue: 0,
    wonCount: 0,
    wonWithoutValue: 0,
  }
  for (const call of facts) {
    const outcome = outcomeOf(call.status)
    if (call.at !== null && call.at > now && (outcome === 'scheduled' || outcome === 'other')) {
      figures.upcomingCount++
      if (call.expectedDealValue === null) {
        figures.upcomingWithoutValue++
      } else {
        figures.upcomingValue += call.expectedDealValue
      }
    }
  }
  const { selected, coverage } = selectInRange(facts, (call) => call.at, options)
  for (const call of selected) {
    if (call.status === 'closed') {
      figures.wonCount++
      if (call.expectedDealValue === null) {
        figures.wonWithoutValue++
      } else {
        figures.wonValue += call.expectedDealValue
      }
    }
  }
  return { ...figures, coverage }
}
