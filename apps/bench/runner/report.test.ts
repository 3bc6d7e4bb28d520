import { describe, expect, test } from 'vitest'
import { CONTENDERS } from '../src/contenders.ts'
import {
  type ContenderResult,
  failureSummary,
  type ModeSample,
  markdownTables,
  medianOf,
  modeMedian,
  ratio,
  type Sample,
  targetLines,
  toSample,
} from './report.ts'
import type { BudgetRow } from './sizeBudgets.ts'

const contender = (id: string) => {
  const found = CONTENDERS.find((c) => c.id === id)
  if (!found) {
    throw new Error(id)
  }
  return found
}

const mode = (overrides: Partial<ModeSample> = {}): ModeSample => ({
  p50: 16.7,
  p95: 16.8,
  slowFrames: 0,
  frames: 200,
  blankFrames: 0,
  mainThreadMsPerFrame: 5,
  scriptMsPerFrame: 2,
  loafCount: 0,
  loafScriptMs: 0,
  loafStyleLayoutMs: 0,
  loafForcedMs: 0,
  longestTaskMs: 0,
  scrolledFraction: 1,
  reachedBottom: true,
  ...overrides,
})

const sample = (
  overrides: Partial<Omit<Sample, 'modes'>> = {},
  modes: Sample['modes'] = { fling: mode(), wheel: mode() },
): Sample => ({
  firstRowMs: 100,
  mountMs: 50,
  mountLongestTaskMs: 0,
  heapMb: 20,
  domElements: 500,
  modes,
  ...overrides,
})

const result = (
  id: string,
  samples: Sample[],
  failures: string[] = [],
  rows = 100000,
): ContenderResult => ({ contender: contender(id), rows, samples, failures, pageGzipKb: 100 })

describe('toSample and the medians', () => {
  test('turn a run into frame statistics per mode and take medians per field', () => {
    const run = toSample({
      firstRowMs: 120,
      mountMs: 80,
      mountLongestTaskMs: 90,
      heapBytes: 10 * 1024 * 1024,
      domElements: 300,
      modes: {
        fling: {
          frameDeltas: [16.7, 16.6, 33.4, 17.6],
          blankFrames: 1,
          mainThreadMsPerFrame: 12,
          scriptMsPerFrame: 8,
          loaf: { count: 2, scriptMs: 70, styleLayoutMs: 30, forcedMs: 25 },
          longestTaskMs: 66,
          scrolledFraction: 1,
          reachedBottom: true,
        },
      },
    })
    expect(run).toMatchObject({ heapMb: 10, mountLongestTaskMs: 90 })
    expect(run.modes.fling).toMatchObject({
      slowFrames: 2,
      frames: 4,
      blankFrames: 1,
      loafCount: 2,
      loafScriptMs: 70,
      loafStyleLayoutMs: 30,
      loafForcedMs: 25,
      longestTaskMs: 66,
    })
    expect(run.modes.wheel).toBeUndefined()
    const samples = [run, sample({ firstRowMs: 100 }), sample({ firstRowMs: 300 })]
    expect(medianOf(samples, (s) => s.firstRowMs)).toBe(120)
    expect(modeMedian(samples, 'fling', (m) => m.slowFrames)).toBe(0)
    // Only the two samples that have a wheel run count.
    expect(modeMedian([run, sample({}, { wheel: mode({ p95: 40 }) })], 'wheel', (m) => m.p95)).toBe(
      40,
    )
    expect(medianOf([], (s: Sample) => s.heapMb)).toBeNaN()
    expect(medianOf([1, Number.NaN, 3], (x) => x)).toBe(2)
  })
})

describe('markdownTables', () => {
  const results = [
    result('ours', [
      sample(
        { firstRowMs: 100, heapMb: 25 },
        {
          fling: mode({
            p50: 20,
            p95: 50,
            slowFrames: 150,
            loafCount: 40,
            loafScriptMs: 1200,
            loafStyleLayoutMs: 800,
            loafForcedMs: 600,
            longestTaskMs: 90,
          }),
        },
      ),
      sample(
        { firstRowMs: 120, heapMb: 25 },
        {
          fling: mode({
            p50: 22,
            p95: 54,
            slowFrames: 170,
            loafCount: 40,
            loafScriptMs: 1200,
            loafStyleLayoutMs: 800,
            loafForcedMs: 600,
            longestTaskMs: 90,
          }),
        },
      ),
    ]),
    result('aggrid', [
      sample(
        { firstRowMs: 400, heapMb: 40 },
        { fling: mode({ scrolledFraction: 0.2, reachedBottom: false }) },
      ),
    ]),
    result(
      'tanstack',
      [],
      [
        'timed out (>120 s) waiting for the first rows',
        'timed out (>120 s) waiting for the first rows',
      ],
    ),
    result('baseline', [sample({ heapMb: 20 }, { fling: mode() })]),
  ]
  const text = markdownTables(results)
  const section = (title: string) => text.slice(text.indexOf(title))
  const line = (within: string, label: string) =>
    within.split('\n').find((row) => row.startsWith(`| ${label}`)) ?? ''

  test('summarises first rows, heap and each mode in the issue layout', () => {
    expect(line(text, 'LeadsTable')).toBe(
      '| LeadsTable (ours) | 2/2 | 110.0 | 1.00× | 25.0 | 21.0 / 52.0 | 160 / 200 | 0 |',
    )
    expect(line(text, 'AG Grid')).toContain('| 1/1 | 400.0 | 3.64× | 40.0 |')
    expect(line(text, 'Baseline')).toContain('| n/a |')
  })

  test('gives heap over the baseline page against ours', () => {
    // 40 − 20 MB over the baseline against ours' 25 − 20 MB.
    expect(line(section('#### Mount and memory'), 'AG Grid')).toContain('| 20.0 | 4.00× |')
  })

  test('breaks each mode down into long-animation-frame script, style and layout, forced layout', () => {
    const fling = section('#### fling')
    expect(line(fling, 'LeadsTable')).toBe(
      '| LeadsTable (ours) | 21.0 / 52.0 | 160 / 200 | 0 | 5.0 | 2.0 | 40 | 1200 (6.0) | 800 (4.0) | 600 | 90 | 100 % |',
    )
    expect(line(fling, 'AG Grid')).toContain('| 20 % |')
    const gentle = markdownTables([
      result('aggrid', [
        sample({}, { gentle: mode({ scrolledFraction: 0.2, reachedBottom: false }) }),
      ]),
    ])
    expect(line(gentle.slice(gentle.indexOf('#### gentle')), 'AG Grid')).toContain('| 20 %* |')
  })

  test('shows a contender that never rendered as failed runs with the reason', () => {
    expect(line(text, 'TanStack')).toContain('| 0/2 | – | – |')
    expect(text).toContain('TanStack Table, no virtualization: 2× timed out (>120 s)')
  })

  test('reports the sort when it was measured, with the runs that did not finish', () => {
    const sorted = markdownTables([
      result('ours', [
        sample({ sort: { ok: true, sortMs: 900, longestTaskMs: 120, by: 'row' } }),
        sample({ sort: { ok: false, reason: 'not sorted after 60 s', longestTaskMs: 3000 } }),
      ]),
    ])
    expect(line(sorted.slice(sorted.indexOf('#### Sort')), 'LeadsTable')).toBe(
      '| LeadsTable (ours) | 1/2 (1× not sorted after 60 s) | 900.0 | 1560 | row |',
    )
  })
})

describe('targetLines', () => {
  const budgets: BudgetRow[] = [
    {
      budget: { id: 'client', label: 'client', entry: './c.ts', budgetKb: 6 },
      size: { initialGzipBytes: 8_800, lazyGzipBytes: 0, lazyChunks: 0, byPackage: [] },
    },
  ]

  test('judges fling and wheel against MUI, first rows against the faster rival, heap, sizes', () => {
    const lines = targetLines(
      [
        result('ours', [
          sample(
            { firstRowMs: 100, heapMb: 30 },
            {
              fling: mode({ p50: 16.7, p95: 40, slowFrames: 20, blankFrames: 0 }),
              wheel: mode({ slowFrames: 3 }),
            },
          ),
        ]),
        result('mui', [
          sample(
            { firstRowMs: 250, heapMb: 40 },
            { fling: mode({ p50: 18, p95: 29, slowFrames: 109 }), wheel: mode({ slowFrames: 40 }) },
          ),
        ]),
        result('aggrid', [sample({ firstRowMs: 180 })]),
      ],
      budgets,
    )
    expect(lines[0]).toBe(
      '- Fling at 100,000: p50 ours 16.7 vs MUI 18.0 ms **met**; p95 ours 40.0 vs MUI 29.0 ms **missed**; slow frames ours 20 vs MUI 109 **met**; blank frames 0 **met**.',
    )
    expect(lines[1]).toBe('- Wheel at 100,000: slow frames ours 3 vs MUI 40 **met**.')
    expect(lines[2]).toContain('(AG Grid Community): 100.0 vs 180.0 ms = 1.80× **missed**')
    expect(lines[3]).toBe('- Heap at 100,000: ours 30.0 vs MUI 40.0 MB **met**.')
    expect(lines[4]).toBe('- client ≤ 6 kB gzip: 8.8 kB **missed**.')
  })

  test('at 1,000,000 rows judges the longest task of mount, each mode and the sort', () => {
    const million = (s: Sample) => result('ours', [s], [], 1_000_000)
    const [fast] = targetLines(
      [
        million(
          sample(
            {
              mountLongestTaskMs: 150,
              sort: { ok: true, sortMs: 800, longestTaskMs: 180, by: 'row' },
            },
            { fling: mode({ longestTaskMs: 60 }) },
          ),
        ),
      ],
      undefined,
    )
    expect(fast).toBe(
      '- 1,000,000 rows, no long task over 200 ms: mount 150, fling 60, sort 180 ms **met**.',
    )
    const [failedSort] = targetLines(
      [
        million(
          sample(
            {
              mountLongestTaskMs: 150,
              sort: { ok: false, reason: 'timed out', longestTaskMs: Number.NaN },
            },
            { fling: mode({ longestTaskMs: 60 }) },
          ),
        ),
      ],
      undefined,
    )
    expect(failedSort).toContain('sort – ms **missed**')
  })
})

test('ratio and failureSummary', () => {
  expect(ratio(300, 100)).toBe('3.00×')
  expect(ratio(Number.NaN, 100)).toBe('–')
  expect(failureSummary(['a', 'b', 'a'])).toBe('2× a; 1× b')
})
