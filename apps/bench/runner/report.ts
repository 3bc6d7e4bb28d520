import type { Contender } from '../src/contenders.ts'
import { FRAME_BUDGET_MS, frameStats, median } from './stats.ts'

export interface Sample {
  firstRowMs: number
  p50: number
  p95: number
  overBudget: number
  frames: number
  reachedBottom: boolean
  heapMb: number
  domNodes: number
}

export interface ContenderResult {
  contender: Contender
  rows: number
  samples: Sample[]
  failures: string[]
  jsGzipKb: number
}

export function toSample(run: {
  firstRowMs: number
  frameDeltas: number[]
  reachedBottom: boolean
  heapBytes: number
  domNodes: number
}): Sample {
  const frames = frameStats(run.frameDeltas)
  return {
    firstRowMs: run.firstRowMs,
    p50: frames.p50,
    p95: frames.p95,
    overBudget: frames.overBudget,
    frames: frames.count,
    reachedBottom: run.reachedBottom,
    heapMb: run.heapBytes / 1024 / 1024,
    domNodes: run.domNodes,
  }
}

export interface Medians {
  firstRowMs: number
  p50: number
  p95: number
  overBudget: number
  heapMb: number
  domNodes: number
}

export function mediansOf(samples: readonly Sample[]): Medians {
  const of = (pick: (sample: Sample) => number) => median(samples.map(pick))
  return {
    firstRowMs: of((s) => s.firstRowMs),
    p50: of((s) => s.p50),
    p95: of((s) => s.p95),
    overBudget: of((s) => s.overBudget),
    heapMb: of((s) => s.heapMb),
    domNodes: of((s) => s.domNodes),
  }
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const ratio = (value: number, ours: number) =>
  Number.isFinite(value) && Number.isFinite(ours) && ours > 0
    ? `${(value / ours).toFixed(2)}×`
    : '–'

/** One markdown table per row count: medians, and ratios against ours (>1× means ours is less). */
export function markdownTables(results: readonly ContenderResult[]): string {
  const out: string[] = []
  for (const rows of [...new Set(results.map((r) => r.rows))]) {
    const group = results.filter((r) => r.rows === rows)
    const oursResult = group.find((r) => r.contender.id === 'ours')
    const ours = oursResult ? mediansOf(oursResult.samples) : undefined
    out.push(`### ${rows.toLocaleString('en-US')} rows`, '')
    out.push(
      `| table | runs | first rows ms | vs ours | frame p50 ms | frame p95 ms | frames > ${FRAME_BUDGET_MS} ms | heap MB | vs ours | DOM nodes | vs ours | JS gzip kB | vs ours |`,
      '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    )
    for (const result of group) {
      const m = mediansOf(result.samples)
      const o = ours ?? m
      const frames = result.samples[0]?.frames ?? 0
      const bottom = result.samples.every((s) => s.reachedBottom) ? '' : ' (did not reach bottom)'
      const runs = `${result.samples.length}${result.failures.length ? ` (+${result.failures.length} failed)` : ''}`
      out.push(
        `| ${result.contender.label} | ${runs} | ${fixed(m.firstRowMs)} | ${ratio(m.firstRowMs, o.firstRowMs)} | ${fixed(m.p50)} | ${fixed(m.p95)} | ${fixed(m.overBudget, 0)} / ${frames}${bottom} | ${fixed(m.heapMb)} | ${ratio(m.heapMb, o.heapMb)} | ${fixed(m.domNodes, 0)} | ${ratio(m.domNodes, o.domNodes)} | ${fixed(result.jsGzipKb)} | ${ratio(result.jsGzipKb, oursResult?.jsGzipKb ?? Number.NaN)} |`,
      )
    }
    out.push('')
  }
  return out.join('\n')
}
