import { describe, expect, test } from 'vitest'
import { CONTENDERS } from '../src/contenders.ts'
import {
  type ContenderResult,
  failureSummary,
  markdownTables,
  mediansOf,
  ratio,
  type Sample,
  targetLines,
  toSample,
} from './report.ts'

const contender = (id: string) => {
  const found = CONTENDERS.find((c) => c.id === id)
  if (!found) {
    throw new Error(id)
  }
  return found
}

const sample = (overrides: Partial<Sample>): Sample => ({
  firstRowMs: 100,
  mountMs: 50,
  p50: 16.7,
  p95: 16.8,
  lateFrames: 0,
  frames: 100,
  blankFrames: 0,
  mainThreadMsPerFrame: 5,
  scriptMsPerFrame: 2,
  scrolledFraction: 1,
  reachedBottom: true,
  heapMb: 20,
  domElements: 500,
  ...overrides,
})

const result = (id: string, samples: Sample[], failures: string[] = []): ContenderResult => ({
  contender: contender(id),
  rows: 100000,
  samples,
  failures,
  pageGzipKb: 100,
})

describe('toSample and mediansOf', () => {
  test('turn a run into frame statistics and take medians per field', () => {
    const run = toSample({
      firstRowMs: 120,
      mountMs: 80,
      frameDeltas: [16.7, 16.6, 33.4, 16.7],
      blankFrames: 1,
      mainThreadMsPerFrame: 12,
      scriptMsPerFrame: 8,
      scrolledFraction: 0.5,
      reachedBottom: false,
      heapBytes: 10 * 1024 * 1024,
      domElements: 300,
    })
    expect(run).toMatchObject({ lateFrames: 1, frames: 4, heapMb: 10, blankFrames: 1 })
    const medians = mediansOf([run, sample({ firstRowMs: 100 }), sample({ firstRowMs: 300 })])
    expect(medians.firstRowMs).toBe(120)
    expect(mediansOf([]).p95).toBeNaN()
  })
})

describe('markdownTables', () => {
  const results = [
    result('ours', [
      sample({ firstRowMs: 100, heapMb: 25 }),
      sample({ firstRowMs: 120, heapMb: 25 }),
    ]),
    result('aggrid', [
      sample({ firstRowMs: 400, heapMb: 40, scrolledFraction: 0.2, reachedBottom: false }),
    ]),
    result(
      'tanstack',
      [],
      [
        'timed out (>120 s) waiting for the first rows',
        'timed out (>120 s) waiting for the first rows',
      ],
    ),
    result('baseline', [sample({ heapMb: 20 })]),
  ]
  const table = markdownTables(results)
  const line = (label: string) =>
    table.split('\n').find((row) => row.startsWith(`| ${label}`)) ?? ''

  test('gives medians and ratios against ours, heap also over the baseline page', () => {
    expect(line('LeadsTable')).toContain('| 2/2 | 110.0 | 1.00× |')
    expect(line('AG Grid')).toContain('| 400.0 | 3.64× |')
    // 40 − 20 MB over the baseline against ours' 25 − 20 MB.
    expect(line('AG Grid')).toContain('| 40.0 | 20.0 | 4.00× |')
    expect(line('AG Grid')).toContain('| 20 %* |')
  })

  test('shows a contender that never rendered as failed runs with the reason', () => {
    expect(line('TanStack')).toContain('| 0/2 | – | – |')
    expect(table).toContain('TanStack Table, no virtualization: 2× timed out (>120 s)')
  })
})

describe('targetLines', () => {
  test('compares ours with the faster of MUI and AG Grid and judges each target', () => {
    const lines = targetLines(
      [
        result('ours', [sample({ firstRowMs: 100, mountMs: 60, p95: 33.3 })]),
        result('mui', [sample({ firstRowMs: 250, mountMs: 200 })]),
        result('aggrid', [sample({ firstRowMs: 180, mountMs: 100 })]),
      ],
      {
        uiAlone: { label: 'ui alone', gzipKb: 35 },
        withDeps: { label: 'ui + hooks + client', gzipKb: 52 },
      },
    )
    expect(lines[0]).toContain('(AG Grid Community)')
    expect(lines[0]).toContain('1.80× **missed**')
    expect(lines[0]).toContain('1.67× **missed**')
    expect(lines[1]).toContain('ours 33.3 ms')
    expect(lines[1]).toContain('**missed**')
    expect(lines[2]).toContain('ui + hooks + client 52.0 kB **missed**; ui alone 35.0 kB **met**')
  })
})

test('ratio and failureSummary', () => {
  expect(ratio(300, 100)).toBe('3.00×')
  expect(ratio(Number.NaN, 100)).toBe('–')
  expect(failureSummary(['a', 'b', 'a'])).toBe('2× a; 1× b')
})
