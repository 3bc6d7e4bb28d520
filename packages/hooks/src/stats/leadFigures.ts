import {
  addDays,
  createDayKeyer,
  type DayRange,
  daysIn,
  normalizeRange,
  previousRange,
} from './dates.ts'
import type { LeadFacts } from './facts.ts'

/** The order a funnel is drawn in, and the statuses that leave it, drawn beside. */
export interface FunnelShape {
  steps: readonly string[]
  beside: readonly string[]
}

/** Aura: new → contacted → booked → qualified → won; lost and disqualified beside. */
export const AURA_FUNNEL: FunnelShape = {
  steps: ['new', 'contacted', 'booked', 'qualified', 'won'],
  beside: ['lost', 'disqualified'],
}

/** Octanist: open → qualified → won; lost beside. */
export const OCTANIST_FUNNEL: FunnelShape = {
  steps: ['open', 'qualified', 'won'],
  beside: ['lost'],
}

export interface FunnelStepFigure {
  status: string
  /** Leads whose status is this step now. */
  count: number
  /** Leads at this step or a later one: a won lead went through every step before it. */
  reached: number
  /** `reached` over the previous step's `reached`; null for the first step or after a 0. */
  conversion: number | null
}

export interface FunnelFigures {
  steps: FunnelStepFigure[]
  beside: Array<{ status: string; count: number }>
  /** Leads with another status, or none. */
  other: number
  /** Every lead counted: the steps' counts, `beside` and `other` add up to it. */
  total: number
}

export interface SourceFigure {
  /** The source as sent; null for leads without one. */
  source: string | null
  count: number
}

export interface SourceFigures {
  /** Every source, most leads first (ties by name). */
  items: SourceFigure[]
  total: number
}

export interface TimePoint {
  /** First day of the bucket, `YYYY-MM-DD`. */
  start: string
  /** Last day of the bucket (included). */
  end: string
  count: number
  /** The same bucket one period earlier. */
  previous: number
}

export type TimeBucket = 'day' | 'week'

export interface TimeSeriesFigures {
  bucket: TimeBucket
  points: TimePoint[]
  /** Leads in the range: the points' counts add up to it. */
  total: number
  /** Leads in the previous period of the same length. */
  previousTotal: number
}

/** How many of the counted records went where: the three add up to `scanned`. */
export interface Coverage {
  scanned: number
  /** Records dated inside the range (all of them when there is no range). */
  inRange: number
  /** Records dated outside it. */
  outOfRange: number
  /** Records without a usable date (only set apart when there is a range). */
  undated: number
}

export interface FigureOptions {
  /** Days to count; without one every record counts. */
  range?: DayRange | null | undefined
  /** IANA zone the days are counted in; default the runtime's. */
  timeZone?: string | undefined
  /** A day keyer to reuse (its cache survives between calls); built from `timeZone` otherwise. */
  dayOf?: ((value: unknown) => string | null) | undefined
}

const increment = (counts: Map<string | null, number>, key: string | null) =>
  counts.set(key, (counts.get(key) ?? 0) + 1)

/** The records dated in the range (all without one), and where the rest went. */
export function selectInRange<T>(
  records: readonly T[],
  dateOf: (record: T) => number | null,
  options: FigureOptions = {},
): { selected: T[]; coverage: Coverage } {
  const range = normalizeRange(options.range)
  const coverage: Coverage = { scanned: records.length, inRange: 0, outOfRange: 0, undated: 0 }
  if (!range) {
    return { selected: [...records], coverage: { ...coverage, inRange: records.length } }
  }
  const dayOf = options.dayOf ?? createDayKeyer(options.timeZone)
  const selected: T[] = []
  for (const record of records) {
    const day = dayOf(dateOf(record))
    if (day === null) {
      coverage.undated++
    } else if (day >= range.from && day <= range.to) {
      coverage.inRange++
      selected.push(record)
    } else {
      coverage.outOfRange++
    }
  }
  return { selected, coverage }
}

/** Counts per key (null for a missing one). */
export function countBy<T>(records: readonly T[], keyOf: (record: T) => string | null) {
  const counts = new Map<string | null, number>()
  for (const record of records) {
    increment(counts, keyOf(record))
  }
  return counts
}

/**
 * A funnel from counts per status. `total` defaults to the sum of `counts`; when it is larger
 * (Octanist's unfiltered total), the difference is `other`.
 */
export function funnelFromCounts(
  counts: ReadonlyMap<string | null, number> | Readonly<Record<string, number>>,
  shape: FunnelShape,
  total?: number,
): FunnelFigures {
  const entries: Array<[string | null, number]> =
    counts instanceof Map ? [...counts] : Object.entries(counts)
  const countOf = (status: string) =>
    entries.reduce((sum, [key, count]) => (key === status ? sum + count : sum), 0)
  const known = new Set([...shape.steps, ...shape.beside])
  const sum = entries.reduce((all, [, count]) => all + count, 0)
  const unknown = entries.reduce(
    (all, [key, count]) => (key !== null && known.has(key) ? all : all + count),
    0,
  )
  const stepCounts = shape.steps.map(countOf)
  const steps = shape.steps.map((status, index) => {
    const reached = stepCounts.slice(index).reduce((all, count) => all + count, 0)
    return { status, count: stepCounts[index] ?? 0, reached, conversion: null as number | null }
  })
  for (let index = 1; index < steps.length; index++) {
    const before = steps[index - 1]?.reached ?? 0
    const step = steps[index]
    if (step) {
      step.conversion = before > 0 ? step.reached / before : null
    }
  }
  const grandTotal = total === undefined ? sum : Math.max(total, sum)
  return {
    steps,
    beside: shape.beside.map((status) => ({ status, count: countOf(status) })),
    other: unknown + (grandTotal - sum),
    total: grandTotal,
  }
}

/** Leads by status in funnel order, counted over the range. */
export function leadFunnel(
  facts: readonly LeadFacts[],
  shape: FunnelShape = AURA_FUNNEL,
  options: FigureOptions = {},
): FunnelFigures & { coverage: Coverage } {
  const { selected, coverage } = selectInRange(facts, (lead) => lead.createdAt, options)
  return {
    ...funnelFromCounts(
      countBy(selected, (lead) => lead.status),
      shape,
    ),
    coverage,
  }
}

/** Sources from counts per source, most leads first. */
export function sourcesFromCounts(
  counts: ReadonlyMap<string | null, number>,
  total?: number,
): SourceFigures {
  const items = [...counts]
    .filter(([, count]) => count > 0)
    .map(([source, count]) => ({ source, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (a.source === null ? 1 : b.source === null ? -1 : a.source < b.source ? -1 : 1),
    )
  const sum = items.reduce((all, item) => all + item.count, 0)
  return { items, total: total === undefined ? sum : Math.max(total, sum) }
}

/** Leads by source over the range. */
export function leadSources(
  facts: readonly LeadFacts[],
  options: FigureOptions = {},
): SourceFigures & { coverage: Coverage } {
  const { selected, coverage } = selectInRange(facts, (lead) => lead.createdAt, options)
  return {
    ...sourcesFromCounts(countBy(selected, (lead) => lead.source)),
    coverage,
  }
}

/**
 * The first `limit` sources and the rest summed as `other` (with a `total` above the items' sum,
 * as Octanist's unfiltered count gives, the difference is in `other` too).
 */
export function topSources(
  figures: SourceFigures,
  limit: number,
): { items: SourceFigure[]; other: number; total: number } {
  const items = figures.items.slice(0, Math.max(1, Math.floor(limit)))
  const shown = items.reduce((all, item) => all + item.count, 0)
  return { items, other: figures.total - shown, total: figures.total }
}

/** `day` for ranges up to 62 days, `week` beyond. */
export function defaultBucket(range: DayRange): TimeBucket {
  return daysIn(range) > 62 ? 'week' : 'day'
}

/** The buckets of a range: single days, or 7-day blocks from its first day (the last may be short). */
export function bucketsOf(
  range: DayRange,
  bucket: TimeBucket,
): Array<{ start: string; end: string }> {
  const length = daysIn(range)
  const size = bucket === 'week' ? 7 : 1
  const buckets: Array<{ start: string; end: string }> = []
  for (let offset = 0; offset < length; offset += size) {
    buckets.push({
      start: addDays(range.from, offset),
      end: addDays(range.from, Math.min(length, offset + size) - 1),
    })
  }
  return buckets
}

/**
 * Leads per day or week over the range, each bucket beside the same bucket one period earlier
 * (the period just before the range, of the same length).
 */
export function leadsOverTime(
  facts: readonly LeadFacts[],
  options: FigureOptions & { range: DayRange; bucket?: TimeBucket | undefined },
): TimeSeriesFigures & { coverage: Coverage } {
  const range = normalizeRange(options.range) ?? {
    from: options.range.from,
    to: options.range.from,
  }
  const bucket = options.bucket ?? defaultBucket(range)
  const before = previousRange(range)
  const dayOf = options.dayOf ?? createDayKeyer(options.timeZone)
  const length = daysIn(range)
  const buckets = bucketsOf(range, bucket)
  const size = bucket === 'week' ? 7 : 1
  const current = new Array<number>(buckets.length).fill(0)
  const previous = new Array<number>(buckets.length).fill(0)
  const coverage: Coverage = { scanned: facts.length, inRange: 0, outOfRange: 0, undated: 0 }
  const from = Date.parse(range.from)
  for (const lead of facts) {
    const day = dayOf(lead.createdAt)
    if (day === null) {
      coverage.undated++
      continue
    }
    const offset = Math.round((Date.parse(day) - from) / 86_400_000)
    if (offset >= 0 && offset < length) {
      coverage.inRange++
      const index = Math.floor(offset / size)
      current[index] = (current[index] ?? 0) + 1
    } else {
      coverage.outOfRange++
      if (day >= before.from && day <= before.to) {
        const index = Math.floor((offset + length) / size)
        previous[index] = (previous[index] ?? 0) + 1
      }
    }
  }
  return {
    bucket,
    points: buckets.map((span, index) => ({
      ...span,
      count: current[index] ?? 0,
      previous: previous[index] ?? 0,
    })),
    total: coverage.inRange,
    previousTotal: previous.reduce((all, count) => all + count, 0),
    coverage,
  }
}
