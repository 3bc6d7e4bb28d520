import {
  AURA_FUNNEL,
  type CallOutcomeFigures,
  type FunnelFigures,
  funnelFromCounts,
  type PipelineFigures,
  type SourceFigures,
  type TimeSeriesFigures,
} from '@aura-kit/hooks'

/** The stories' days: the three months before the mock's reference time (2026-06-01). */
export const STORY_RANGE = { from: '2026-03-01', to: '2026-05-31' }

/** Faults that hold the second page of a list for an hour: the count stops at its first page. */
export const holdSecondPage = (path: string) => [{ path, nth: 2, latencyMs: 3_600_000 }]
/** Faults that fail the second page of a list: the count keeps its first page. */
export const failSecondPage = (path: string) => [{ path, nth: 2, status: 500 }]

export const hugeFunnel: FunnelFigures = funnelFromCounts(
  {
    new: 9_876_543_210,
    contacted: 1_234_567_890,
    booked: 98_765_432,
    qualified: 7_654_321,
    won: 123_456,
    lost: 4_000_000_000,
    disqualified: 1,
  },
  AURA_FUNNEL,
)

export const oneStatusFunnel: FunnelFigures = funnelFromCounts({ won: 1 }, AURA_FUNNEL)

export const emptyFunnel: FunnelFigures = funnelFromCounts({}, AURA_FUNNEL)

const rtl = '\u202Eelgoog\u202C مصدر عربي'

export const hostileSources: SourceFigures = {
  items: [
    { source: '<script>alert(1)</script>', count: 420 },
    { source: rtl, count: 230 },
    { source: `${'very-long-utm-source-'.repeat(500)}end`, count: 120 },
    { source: '<img src=x onerror=alert(1)>', count: 60 },
    { source: null, count: 12 },
  ],
  total: 842,
}

export const hugeSources: SourceFigures = {
  items: [
    { source: 'google', count: 8_765_432_109 },
    { source: 'meta', count: 1_234_567_890 },
    { source: 'bing', count: 3 },
  ],
  total: 10_000_000_002,
}

export const oneSource: SourceFigures = { items: [{ source: 'newsletter', count: 1 }], total: 1 }

export const oneDay: TimeSeriesFigures = {
  bucket: 'day',
  points: [{ start: '2026-05-31', end: '2026-05-31', count: 1, previous: 0 }],
  total: 1,
  previousTotal: 0,
}

export const hugeSeries: TimeSeriesFigures = {
  bucket: 'week',
  points: Array.from({ length: 13 }, (_, index) => {
    const start = new Date(Date.UTC(2026, 2, 1 + index * 7)).toISOString().slice(0, 10)
    const end = new Date(Date.UTC(2026, 2, 7 + index * 7)).toISOString().slice(0, 10)
    return { start, end, count: 1_000_000_000 + index * 97_531_246, previous: 900_000_000 + index }
  }),
  total: 20_607_056_238,
  previousTotal: 11_700_000_078,
}

export const hugeOutcomes: CallOutcomeFigures = {
  total: 3_000_000_003,
  completed: 2_000_000_000,
  noShow: 600_000_000,
  cancelled: 300_000_000,
  rescheduled: 100_000_000,
  scheduled: 3,
  other: 0,
  rates: { completed: 2 / 3, noShow: 0.2, cancelled: 0.1, rescheduled: 1 / 30 },
  showUpRate: 2 / 2.6,
  medianDurationMinutes: 45,
  withDuration: 1_999_999_999,
}

export const oneCall: CallOutcomeFigures = {
  total: 1,
  completed: 0,
  noShow: 1,
  cancelled: 0,
  rescheduled: 0,
  scheduled: 0,
  other: 0,
  rates: { completed: 0, noShow: 1, cancelled: 0, rescheduled: 0 },
  showUpRate: 0,
  medianDurationMinutes: null,
  withDuration: 0,
}

export const hugePipeline: PipelineFigures = {
  upcomingValue: 98_765_432_101_234,
  upcomingCount: 1_234_567,
  upcomingWithoutValue: 89,
  wonValue: 4_200_000_000_000,
  wonCount: 987_654,
  wonWithoutValue: 0,
}
