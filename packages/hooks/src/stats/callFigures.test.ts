import { describe, expect, it } from 'vitest'
import { callOutcomes, median, outcomeOf, pipelineValue } from './callFigures.ts'
import { type CallFacts, callFacts } from './facts.ts'

const call = (
  status: string | null,
  scheduled: string | null,
  extra: Record<string, unknown> = {},
): CallFacts => callFacts({ status, scheduled_at: scheduled, ...extra })

const may = { from: '2026-05-01', to: '2026-05-31' }
const now = Date.parse('2026-06-01T00:00:00Z')

describe('callFacts', () => {
  it.each([
    [
      {
        status: 'closed',
        scheduled_at: '2026-05-02T10:00:00Z',
        duration_minutes: 30,
        expected_deal_value: 5_000,
      },
      {
        status: 'closed',
        at: Date.parse('2026-05-02T10:00:00Z'),
        durationMinutes: 30,
        expectedDealValue: 5_000,
      },
    ],
    [
      { outcome: 'no_show', created_at: '2026-05-02T10:00:00Z' },
      {
        status: 'no_show',
        at: Date.parse('2026-05-02T10:00:00Z'),
        durationMinutes: null,
        expectedDealValue: null,
      },
    ],
    [
      { status: 'closed', scheduled_at: 'soon', duration_minutes: -5, expected_deal_value: '5000' },
      { status: 'closed', at: null, durationMinutes: null, expectedDealValue: null },
    ],
    [
      { duration_minutes: Number.NaN, expected_deal_value: Number.POSITIVE_INFINITY },
      { status: null, at: null, durationMinutes: null, expectedDealValue: null },
    ],
  ])('%j', (record, facts) => {
    expect(callFacts(record)).toEqual(facts)
  })
})

describe('outcomes', () => {
  it.each([
    ['closed', 'completed'],
    ['not_closed', 'completed'],
    ['follow_up', 'completed'],
    ['completed', 'completed'],
    ['no_show', 'noShow'],
    ['cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['rescheduled', 'rescheduled'],
    ['scheduled', 'scheduled'],
    ['teleported', 'other'],
    [null, 'other'],
  ] as const)('%s is %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome)
  })

  it('counts outcomes, rates over decided calls, show-up rate and median duration', () => {
    const facts = [
      call('closed', '2026-05-02T10:00:00Z', { duration_minutes: 30 }),
      call('completed', '2026-05-03T10:00:00Z', { duration_minutes: 60 }),
      call('not_closed', '2026-05-04T10:00:00Z', { duration_minutes: 45 }),
      call('follow_up', '2026-05-05T10:00:00Z'),
      call('no_show', '2026-05-06T10:00:00Z', { duration_minutes: 5 }),
      call('cancelled', '2026-05-07T10:00:00Z'),
      call('rescheduled', '2026-05-08T10:00:00Z'),
      call('scheduled', '2026-05-09T10:00:00Z'),
      call('mystery', '2026-05-10T10:00:00Z'),
      call('closed', '2026-04-30T10:00:00Z'),
      call('closed', null),
    ]
    const outcomes = callOutcomes(facts, { range: may, timeZone: 'UTC' })
    expect(outcomes).toMatchObject({
      total: 9,
      completed: 4,
      noShow: 1,
      cancelled: 1,
      rescheduled: 1,
      scheduled: 1,
      other: 1,
      rates: { completed: 4 / 7, noShow: 1 / 7, cancelled: 1 / 7, rescheduled: 1 / 7 },
      showUpRate: 4 / 5,
      medianDurationMinutes: 45,
      withDuration: 3,
      coverage: { scanned: 11, inRange: 9, outOfRange: 1, undated: 1 },
    })
  })

  it('has no rates without decided calls', () => {
    const outcomes = callOutcomes([call('scheduled', '2026-05-09T10:00:00Z')], { range: may })
    expect(outcomes.rates.completed).toBeNull()
    expect(outcomes.showUpRate).toBeNull()
    expect(outcomes.medianDurationMinutes).toBeNull()
  })

  it.each([
    [[], null],
    [[7], 7],
    [[9, 1], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %s', (values, middle) => {
    expect(median(values)).toBe(middle)
  })
})

describe('pipeline value', () => {
  it('sums upcoming calls still open and calls closed in the range', () => {
    const facts = [
      call('scheduled', '2026-06-03T10:00:00Z', { expected_deal_value: 100_00 }),
      call(null, '2026-06-04T10:00:00Z', { expected_deal_value: 50_00 }),
      call('scheduled', '2026-06-05T10:00:00Z'),
      call('cancelled', '2026-06-06T10:00:00Z', { expected_deal_value: 999_00 }),
      call('scheduled', '2026-05-20T10:00:00Z', { expected_deal_value: 999_00 }), // in the past
      call('closed', '2026-05-10T10:00:00Z', { expected_deal_value: 300_00 }),
      call('closed', '2026-05-11T10:00:00Z'),
      call('closed', '2026-04-10T10:00:00Z', { expected_deal_value: 999_00 }), // before the range
      call('not_closed', '2026-05-12T10:00:00Z', { expected_deal_value: 999_00 }),
    ]
    expect(pipelineValue(facts, { range: may, timeZone: 'UTC', now })).toMatchObject({
      upcomingValue: 150_00,
      upcomingCount: 3,
      upcomingWithoutValue: 1,
      wonValue: 300_00,
      wonCount: 2,
      wonWithoutValue: 1,
    })
  })
})
