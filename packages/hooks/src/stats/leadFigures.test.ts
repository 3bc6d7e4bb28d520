import { describe, expect, it } from 'vitest'
import { type LeadFacts, leadFacts } from './facts.ts'
import {
  AURA_FUNNEL,
  bucketsOf,
  defaultBucket,
  funnelFromCounts,
  leadFunnel,
  leadSources,
  leadsOverTime,
  OCTANIST_FUNNEL,
  topSources,
} from './leadFigures.ts'

const lead = (status: string | null, source: string | null, created: string | null): LeadFacts =>
  leadFacts({ status, source: { utm_source: source }, created_at: created })

const may = { from: '2026-05-01', to: '2026-05-31' }

describe('leadFacts', () => {
  it.each([
    [
      { status: 'won', source: { utm_source: 'google' }, created_at: '2026-05-02T10:00:00Z' },
      { status: 'won', source: 'google', createdAt: Date.parse('2026-05-02T10:00:00Z') },
    ],
    [{}, { status: null, source: null, createdAt: null }],
    [null, { status: null, source: null, createdAt: null }],
    [
      { status: 7, source: 'google', created_at: 'soon' },
      { status: null, source: null, createdAt: null },
    ],
    [
      { status: '  ', source: { utm_source: ['x'] }, created_at: {} },
      { status: null, source: null, createdAt: null },
    ],
  ])('Aura lead %j', (record, facts) => {
    expect(leadFacts(record)).toEqual(facts)
  })

  it('Octanist leads keep source and createdAt at the top', () => {
    expect(
      leadFacts({ status: 'open', source: 'gtm', createdAt: '2026-05-02T10:00:00Z' }, 'octanist'),
    ).toEqual({ status: 'open', source: 'gtm', createdAt: Date.parse('2026-05-02T10:00:00Z') })
  })
})

describe('funnel', () => {
  it('counts each status, what reached each step, and the conversion between steps', () => {
    const counts = new Map<string | null, number>([
      ['new', 40],
      ['contacted', 30],
      ['booked', 15],
      ['qualified', 10],
      ['won', 5],
      ['lost', 7],
      ['disqualified', 3],
      ['archived', 2],
      [null, 1],
    ])
    const funnel = funnelFromCounts(counts, AURA_FUNNEL)
    expect(funnel.steps).toEqual([
      { status: 'new', count: 40, reached: 100, conversion: null },
      { status: 'contacted', count: 30, reached: 60, conversion: 0.6 },
      { status: 'booked', count: 15, reached: 30, conversion: 0.5 },
      { status: 'qualified', count: 10, reached: 15, conversion: 0.5 },
      { status: 'won', count: 5, reached: 5, conversion: 5 / 15 },
    ])
    expect(funnel.beside).toEqual([
      { status: 'lost', count: 7 },
      { status: 'disqualified', count: 3 },
    ])
    expect(funnel.other).toBe(3)
    expect(funnel.total).toBe(113)
  })

  it('has no conversion after an empty step', () => {
    const funnel = funnelFromCounts({ new: 4 }, AURA_FUNNEL)
    expect(funnel.steps.map((step) => step.conversion)).toEqual([null, 0, null, null, null])
  })

  it('puts what an unfiltered total holds beyond the statuses into other (Octanist)', () => {
    const funnel = funnelFromCounts({ open: 5, qualified: 3, won: 1, lost: 1 }, OCTANIST_FUNNEL, 12)
    expect(funnel.other).toBe(2)
    expect(funnel.total).toBe(12)
  })

  it('counts only leads created in the range, in the time zone, and says where the rest went', () => {
    const facts = [
      lead('new', 'google', '2026-05-01T00:30:00+02:00'), // April 30 in UTC, May 1 in Berlin
      lead('won', 'google', '2026-05-31T23:30:00Z'), // June 1 in Berlin
      lead('won', null, '2026-05-15T12:00:00Z'),
      lead('lost', 'meta', 'not a date'),
      lead(null, 'meta', '2026-05-20T12:00:00Z'),
    ]
    const berlin = leadFunnel(facts, AURA_FUNNEL, { range: may, timeZone: 'Europe/Berlin' })
    expect(berlin.steps.map((step) => step.count)).toEqual([1, 0, 0, 0, 1])
    expect(berlin.other).toBe(1)
    expect(berlin.total).toBe(3)
    expect(berlin.coverage).toEqual({ scanned: 5, inRange: 3, outOfRange: 1, undated: 1 })
    const utc = leadFunnel(facts, AURA_FUNNEL, { range: may, timeZone: 'UTC' })
    expect(utc.steps.map((step) => step.count)).toEqual([0, 0, 0, 0, 2])
    const allTime = leadFunnel(facts)
    expect(allTime.total).toBe(5)
    expect(allTime.coverage).toEqual({ scanned: 5, inRange: 5, outOfRange: 0, undated: 0 })
  })
})

describe('sources', () => {
  const facts = [
    ...Array.from({ length: 5 }, () => lead('new', 'google', '2026-05-02T10:00:00Z')),
    ...Array.from({ length: 3 }, () => lead('new', 'meta', '2026-05-02T10:00:00Z')),
    ...Array.from({ length: 3 }, () => lead('new', 'bing', '2026-05-02T10:00:00Z')),
    lead('new', null, '2026-05-02T10:00:00Z'),
    lead('new', 'tiktok', '2026-05-02T10:00:00Z'),
    lead('new', 'google', '2026-04-02T10:00:00Z'),
  ]

  it('lists sources by count, ties by name, no source last among equals', () => {
    const sources = leadSources(facts, { range: may, timeZone: 'UTC' })
    expect(sources.items).toEqual([
      { source: 'google', count: 5 },
      { source: 'bing', count: 3 },
      { source: 'meta', count: 3 },
      { source: 'tiktok', count: 1 },
      { source: null, count: 1 },
    ])
    expect(sources.total).toBe(13)
  })

  it.each([
    [1, ['google'], 8],
    [2, ['google', 'bing'], 5],
    [5, ['google', 'bing', 'meta', 'tiktok', null], 0],
    [50, ['google', 'bing', 'meta', 'tiktok', null], 0],
    [0, ['google'], 8],
  ])('top %i keeps %j and sums %i into other', (limit, kept, other) => {
    const top = topSources(leadSources(facts, { range: may, timeZone: 'UTC' }), limit)
    expect(top.items.map((item) => item.source)).toEqual(kept)
    expect(top.other).toBe(other)
    expect(top.total).toBe(13)
  })
})

describe('leads over time', () => {
  it('buckets by day beside the previous period', () => {
    const range = { from: '2026-05-29', to: '2026-05-31' }
    const facts = [
      lead('new', 'x', '2026-05-29T10:00:00Z'),
      lead('new', 'x', '2026-05-31T10:00:00Z'),
      lead('new', 'x', '2026-05-31T11:00:00Z'),
      lead('new', 'x', '2026-05-26T10:00:00Z'), // the previous period's first day
      lead('new', 'x', '2026-05-28T23:59:59Z'), // its last
      lead('new', 'x', '2026-05-25T10:00:00Z'), // before both
      lead('new', 'x', '2026-06-01T10:00:00Z'), // after
      lead('new', 'x', null),
    ]
    const series = leadsOverTime(facts, { range, timeZone: 'UTC' })
    expect(series.bucket).toBe('day')
    expect(series.points).toEqual([
      { start: '2026-05-29', end: '2026-05-29', count: 1, previous: 1 },
      { start: '2026-05-30', end: '2026-05-30', count: 0, previous: 0 },
      { start: '2026-05-31', end: '2026-05-31', count: 2, previous: 1 },
    ])
    expect(series.total).toBe(3)
    expect(series.previousTotal).toBe(2)
    expect(series.coverage).toEqual({ scanned: 8, inRange: 3, outOfRange: 4, undated: 1 })
  })

  it('buckets by 7-day blocks from the first day, the last one short', () => {
    const range = { from: '2026-05-01', to: '2026-05-10' }
    expect(bucketsOf(range, 'week')).toEqual([
      { start: '2026-05-01', end: '2026-05-07' },
      { start: '2026-05-08', end: '2026-05-10' },
    ])
    const series = leadsOverTime(
      [
        lead('new', 'x', '2026-05-07T10:00:00Z'),
        lead('new', 'x', '2026-05-08T10:00:00Z'),
        lead('new', 'x', '2026-04-21T10:00:00Z'), // the previous period's first day
      ],
      { range, bucket: 'week', timeZone: 'UTC' },
    )
    expect(series.points.map((point) => [point.count, point.previous])).toEqual([
      [1, 1],
      [1, 0],
    ])
  })

  it.each([
    [{ from: '2026-05-01', to: '2026-05-01' }, 'day'],
    [{ from: '2026-04-01', to: '2026-06-01' }, 'day'],
    [{ from: '2026-01-01', to: '2026-06-01' }, 'week'],
  ])('%o defaults to %s', (range, bucket) => {
    expect(defaultBucket(range)).toBe(bucket)
  })
})
