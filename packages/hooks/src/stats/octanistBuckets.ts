import { OCTANIST_LEAD_SOURCES, type OctanistLeadStatus } from '@aura-kit/client'
import type { OctanistLeadFilters } from '../queryKeys.ts'
import { addDays, type DayRange, normalizeRange, previousRange, startOfDay } from './dates.ts'
import {
  bucketsOf,
  defaultBucket,
  type FunnelFigures,
  type FunnelShape,
  funnelFromCounts,
  OCTANIST_FUNNEL,
  type SourceFigures,
  sourcesFromCounts,
  type TimeBucket,
  type TimeSeriesFigures,
} from './leadFigures.ts'
import type { CountBucket } from './useOctanistCounts.ts'

/** Octanist's `createdAt[gte]` / `createdAt[lt]` for whole days in `timeZone`. */
export function createdWithin(range: DayRange, timeZone?: string): OctanistLeadFilters {
  return {
    createdAt: {
      gte: startOfDay(range.from, timeZone).toISOString(),
      lt: startOfDay(addDays(range.to, 1), timeZone).toISOString(),
    },
  }
}

/** `base` and the range, without the base's own `createdAt` (the range decides it). */
function scoped(base: OctanistLeadFilters, range: DayRange | null, timeZone?: string) {
  const {
    createdAt: _createdAt,
    page: _page,
    limit: _limit,
    sort: _sort,
    ...rest
  } = base as OctanistLeadFilters & { page?: unknown }
  return range ? { ...rest, ...createdWithin(range, timeZone) } : rest
}

/** Whether `base`'s own status filter lets `status` through. */
function allows(base: OctanistLeadFilters, name: 'status' | 'source', value: string): boolean {
  const filter = base[name]
  if (filter === undefined || filter === null || filter.length === 0) {
    return true
  }
  return typeof filter === 'string' ? filter === value : filter.includes(value as never)
}

export const ALL_BUCKET = 'all'

/** One bucket for every lead, then one per funnel status the base filters let through. */
export function funnelBuckets(
  base: OctanistLeadFilters,
  range: DayRange | null,
  timeZone?: string,
  shape: FunnelShape = OCTANIST_FUNNEL,
): CountBucket[] {
  const query = scoped(base, normalizeRange(range), timeZone)
  return [
    { id: ALL_BUCKET, query },
    ...[...shape.steps, ...shape.beside]
      .filter((status) => allows(base, 'status', status))
      .map((status) => ({
        id: status,
        query: { ...query, status: status as OctanistLeadStatus },
      })),
  ]
}

/** Counts (by bucket id) into a funnel; statuses outside the funnel are `other`. */
export function funnelFromBuckets(
  counts: Record<string, number | undefined>,
  shape: FunnelShape = OCTANIST_FUNNEL,
): FunnelFigures {
  const byStatus = new Map<string, number>()
  for (const status of [...shape.steps, ...shape.beside]) {
    byStatus.set(status, counts[status] ?? 0)
  }
  return funnelFromCounts(byStatus, shape, counts[ALL_BUCKET])
}

/** One bucket for every lead, then one per documented source. */
export function sourceBuckets(
  base: OctanistLeadFilters,
  range: DayRange | null,
  timeZone?: string,
): CountBucket[] {
  const query = scoped(base, normalizeRange(range), timeZone)
  return [
    { id: ALL_BUCKET, query },
    ...OCTANIST_LEAD_SOURCES.filter((source) => allows(base, 'source', source)).map((source) => ({
      id: source,
      query: { ...query, source },
    })),
  ]
}

/** Counts into sources; leads with another source or none are in `total` only (`other`). */
export function sourcesFromBuckets(counts: Record<string, number | undefined>): SourceFigures {
  const bySource = new Map<string | null, number>()
  for (const source of OCTANIST_LEAD_SOURCES) {
    bySource.set(source, counts[source] ?? 0)
  }
  return sourcesFromCounts(bySource, counts[ALL_BUCKET])
}

/** One bucket per day or week of the range and one per bucket of the period before. */
export function timeBuckets(
  base: OctanistLeadFilters,
  range: DayRange,
  timeZone?: string,
  bucket: TimeBucket = defaultBucket(range),
): CountBucket[] {
  const current = normalizeRange(range) ?? range
  const before = previousRange(current)
  const spans = [...bucketsOf(current, bucket), ...bucketsOf(before, bucket)]
  return spans.map((span) => ({
    id: span.start,
    query: scoped(base, { from: span.start, to: span.end }, timeZone),
  }))
}

/** Counts into a time series (the previous period's buckets line up with the range's). */
export function timeSeriesFromBuckets(
  counts: Record<string, number | undefined>,
  range: DayRange,
  bucket: TimeBucket = defaultBucket(range),
): TimeSeriesFigures {
  const current = normalizeRange(range) ?? range
  const before = bucketsOf(previousRange(current), bucket)
  const points = bucketsOf(current, bucket).map((span, index) => {
    const earlier = before[index]
    return {
      ...span,
      count: counts[span.start] ?? 0,
      previous: earlier ? (counts[earlier.start] ?? 0) : 0,
    }
  })
  return {
    bucket,
    points,
    total: points.reduce((all, point) => all + point.count, 0),
    previousTotal: points.reduce((all, point) => all + point.previous, 0),
  }
}
