import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { callOutcomes, pipelineValue } from './callFigures.ts'
import type { DayRange } from './dates.ts'
import { callFacts, leadFacts } from './facts.ts'
import { AURA_FUNNEL, leadFunnel, leadSources, leadsOverTime, topSources } from './leadFigures.ts'

/** Anything an API might send where a value should be. */
const oddValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant('not a date'),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.object({ maxDepth: 1 }),
  fc.array(fc.anything(), { maxLength: 2 }),
)

const instant = fc
  .date({
    min: new Date('2025-10-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString())
const dateOrOdd = fc.oneof({ weight: 4, arbitrary: instant }, { weight: 1, arbitrary: oddValue })
const textOrOdd = (values: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: oddValue })

const auraLead = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        id: fc.uuid(),
        status: textOrOdd([...AURA_FUNNEL.steps, ...AURA_FUNNEL.beside, 'archived']),
        source: fc.oneof(
          fc.record({ utm_source: textOrOdd(['google', 'meta', 'bing', '<script>']) }),
          oddValue,
        ),
        created_at: dateOrOdd,
      },
      { requiredKeys: ['id'] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
)

const auraCall = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        status: textOrOdd([
          'closed',
          'completed',
          'no_show',
          'cancelled',
          'rescheduled',
          'scheduled',
          'x',
        ]),
        outcome: textOrOdd(['closed', 'no_show']),
        scheduled_at: dateOrOdd,
        created_at: dateOrOdd,
        duration_minutes: fc.oneof(fc.integer({ min: 0, max: 600 }), oddValue),
        expected_deal_value: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), oddValue),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
)

const day = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10))
const range: fc.Arbitrary<DayRange> = fc
  .tuple(day, day)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))
const timeZone = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'Asia/Kolkata',
  'America/Santiago',
  'Not/AZone',
)
const sum = (values: number[]) => values.reduce((all, value) => all + value, 0)

describe('lead figures add up to the leads counted, whatever the data', () => {
  it('funnel', () => {
    fc.assert(
      fc.property(
        fc.array(auraLead, { maxLength: 80 }),
        fc.option(range),
        timeZone,
        (leads, span, zone) => {
          const funnel = leadFunnel(
            leads.map((lead) => leadFacts(lead)),
            AURA_FUNNEL,
            {
              range: span,
              timeZone: zone,
            },
          )
          const { coverage } = funnel
          expect(coverage.inRange + coverage.outOfRange + coverage.undated).toBe(leads.length)
          expect(
            sum(funnel.steps.map((step) => step.count)) +
              sum(funnel.beside.map((step) => step.count)) +
              funnel.other,
          ).toBe(coverage.inRange)
          expect(funnel.total).toBe(coverage.inRange)
          expect(funnel.steps[0]?.reached ?? 0).toBeLessThanOrEqual(funnel.total)
          for (const step of funnel.steps) {
            expect(step.conversion === null || (step.conversion >= 0 && step.conversion <= 1)).toBe(
              true,
            )
          }
        },
      ),
    )
  })

  it('sources, top N and other', () => {
    fc.assert(
      fc.property(
        fc.array(auraLead, { maxLength: 80 }),
        fc.option(range),
        timeZone,
        fc.integer({ min: -2, max: 12 }),
        (leads, span, zone, limit) => {
          const sources = leadSources(
            leads.map((lead) => leadFacts(lead)),
            { range: span, timeZone: zone },
          )
          expect(sum(sources.items.map((item) => item.count))).toBe(sources.total)
          expect(sources.total).toBe(sources.coverage.inRange)
          const top = topSources(sources, limit)
          expect(sum(top.items.map((item) => item.count)) + top.other).toBe(sources.total)
          expect(top.other).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })

  it('over time', () => {
    fc.assert(
      fc.property(
        fc.array(auraLead, { maxLength: 80 }),
        range,
        timeZone,
        fc.constantFrom('day' as const, 'week' as const),
        (leads, span, zone, bucket) => {
          const series = leadsOverTime(
            leads.map((lead) => leadFacts(lead)),
            {
              range: span,
              timeZone: zone,
              bucket,
            },
          )
          const { coverage } = series
          expect(coverage.inRange + coverage.outOfRange + coverage.undated).toBe(leads.length)
          expect(sum(series.points.map((point) => point.count))).toBe(series.total)
          expect(series.total).toBe(coverage.inRange)
          expect(series.previousTotal).toBeLessThanOrEqual(coverage.outOfRange)
        },
      ),
    )
  })

  it('one odd value costs that lead its bucket at most, never the count', () => {
    const valid = fc.record({
      id: fc.uuid(),
      status: fc.constantFrom(...AURA_FUNNEL.steps),
      source: fc.record({ utm_source: fc.constantFrom('google', 'meta') }),
      created_at: instant,
    })
    fc.assert(
      fc.property(
        fc.array(valid, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom('status', 'source', 'created_at'),
        oddValue,
        range,
        (leads, pick, fieldName, odd, span) => {
          const index = pick % leads.length
          const spoiled = leads.map((lead, at) =>
            at === index ? { ...lead, [fieldName]: odd } : lead,
          )
          const options = { range: span, timeZone: 'UTC' }
          const before = leadFunnel(
            leads.map((lead) => leadFacts(lead)),
            AURA_FUNNEL,
            options,
          )
          const after = leadFunnel(
            spoiled.map((lead) => leadFacts(lead)),
            AURA_FUNNEL,
            options,
          )
          expect(after.coverage.scanned).toBe(before.coverage.scanned)
          const moved = sum(
            before.steps.map((step, at) => Math.abs(step.count - (after.steps[at]?.count ?? 0))),
          )
          expect(moved).toBeLessThanOrEqual(1)
          expect(Math.abs(after.total - before.total)).toBeLessThanOrEqual(1)
        },
      ),
    )
  })
})

describe('call figures add up to the calls counted, whatever the data', () => {
  it('outcomes', () => {
    fc.assert(
      fc.property(
        fc.array(auraCall, { maxLength: 80 }),
        fc.option(range),
        timeZone,
        (calls, span, zone) => {
          const outcomes = callOutcomes(calls.map(callFacts), { range: span, timeZone: zone })
          const { coverage } = outcomes
          expect(coverage.inRange + coverage.outOfRange + coverage.undated).toBe(calls.length)
          expect(
            outcomes.completed +
              outcomes.noShow +
              outcomes.cancelled +
              outcomes.rescheduled +
              outcomes.scheduled +
              outcomes.other,
          ).toBe(outcomes.total)
          expect(outcomes.total).toBe(coverage.inRange)
          expect(outcomes.withDuration).toBeLessThanOrEqual(outcomes.completed)
          for (const rate of [...Object.values(outcomes.rates), outcomes.showUpRate]) {
            expect(rate === null || (rate >= 0 && rate <= 1)).toBe(true)
          }
        },
      ),
    )
  })

  it('pipeline value', () => {
    fc.assert(
      fc.property(
        fc.array(auraCall, { maxLength: 80 }),
        range,
        fc.integer(),
        (calls, span, now) => {
          const pipeline = pipelineValue(calls.map(callFacts), {
            range: span,
            timeZone: 'UTC',
            now,
          })
          // A call is upcoming (still open) or closed, never both.
          expect(pipeline.upcomingCount + pipeline.wonCount).toBeLessThanOrEqual(calls.length)
          expect(pipeline.upcomingWithoutValue).toBeLessThanOrEqual(pipeline.upcomingCount)
          expect(pipeline.wonWithoutValue).toBeLessThanOrEqual(pipeline.wonCount)
          expect(Number.isFinite(pipeline.upcomingValue) && pipeline.upcomingValue >= 0).toBe(true)
          expect(Number.isFinite(pipeline.wonValue) && pipeline.wonValue >= 0).toBe(true)
        },
      ),
    )
  })
})
