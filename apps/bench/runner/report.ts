import type { Contender } from '../src/contenders.ts'
import type { RunResult } from './measureRun.ts'
import { FRAME_BUDGET_MS, frameStats, median, withinFrameBudget } from './stats.ts'

export interface Sample {
  firstRowMs: number
  mountMs: number
  p50: number
  p95: number
  lateFrames: number
  frames: number
  blankFrames: number
  mainThreadMsPerFrame: number
  scriptMsPerFrame: number
  scrolledFraction: number
  reachedBottom: boolean
  heapMb: number
  domElements: number
}

export interface ContenderResult {
  contender: Contender
  rows: number
  samples: Sample[]
  failures: string[]
  /** Gzip size of all JS and CSS the page loads. */
  pageGzipKb: number
}

export function toSample(run: RunResult): Sample {
  const frames = frameStats(run.frameDeltas)
  return {
    firstRowMs: run.firstRowMs,
    mountMs: run.mountMs,
    p50: frames.p50,
    p95: frames.p95,
    lateFrames: frames.late,
    frames: frames.count,
    blankFrames: run.blankFrames,
    mainThreadMsPerFrame: run.mainThreadMsPerFrame,
    scriptMsPerFrame: run.scriptMsPerFrame,
    scrolledFraction: run.scrolledFraction,
    reachedBottom: run.reachedBottom,
    heapMb: run.heapBytes / 1024 / 1024,
    domElements: run.domElements,
  }
}

export type Medians = Omit<Sample, 'reachedBottom'>

/** Median of every numeric field over the samples (NaN when there are none). */
export function mediansOf(samples: readonly Sample[]): Medians {
  const of = (pick: (sample: Sample) => number) => median(samples.map(pick))
  return {
    firstRowMs: of((s) => s.firstRowMs),
    mountMs: of((s) => s.mountMs),
    p50: of((s) => s.p50),
    p95: of((s) => s.p95),
    lateFrames: of((s) => s.lateFrames),
    frames: of((s) => s.frames),
    blankFrames: of((s) => s.blankFrames),
    mainThreadMsPerFrame: of((s) => s.mainThreadMsPerFrame),
    scriptMsPerFrame: of((s) => s.scriptMsPerFrame),
    scrolledFraction: of((s) => s.scrolledFraction),
    heapMb: of((s) => s.heapMb),
    domElements: of((s) => s.domElements),
  }
}

export const fixed = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–'

/** `value / ours`: above 1× means ours is smaller or faster. */
export const ratio = (value: number, ours: number) =>
  Number.isFinite(value) && Number.isFinite(ours) && ours > 0
    ? `${(value / ours).toFixed(2)}×`
    : '–'

const percent = (fraction: number) =>
  Number.isFinite(fraction) ? `${Math.floor(fraction * 100)} %` : '–'

/** Distinct failure messages with how often each happened. */
export function failureSummary(failures: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const failure of failures) {
    counts.set(failure, (counts.get(failure) ?? 0) + 1)
  }
  return [...counts].map(([message, count]) => `${count}× ${message}`).join('; ')
}

const HEADER = [
  'table',
  'runs',
  'first rows ms',
  'vs ours',
  'mount ms',
  'vs ours',
  'frame p50 ms',
  'frame p95 ms',
  'late frames',
  'blank frames',
  'main thread ms / frame',
  'of it JS',
  'scrolled',
  'heap MB',
  'over baseline MB',
  'vs ours',
  'DOM elements',
  'vs ours',
  'page JS+CSS gzip kB',
  'vs ours',
]

/** One markdown table per row count: medians over the rounds, ratios against ours. */
export function markdownTables(results: readonly ContenderResult[]): string {
  const out: string[] = []
  for (const rows of [...new Set(results.map((r) => r.rows))]) {
    const group = results.filter((r) => r.rows === rows)
    const oursResult = group.find((r) => r.contender.id === 'ours')
    const ours = mediansOf(oursResult?.samples ?? [])
    const baseline = mediansOf(group.find((r) => r.contender.baseline)?.samples ?? [])
    const oursOverBaseline = ours.heapMb - baseline.heapMb
    out.push(`### ${rows.toLocaleString('en-US')} rows`, '')
    out.push(`| ${HEADER.join(' | ')} |`, `| --- |${' --: |'.repeat(HEADER.length - 1)}`)
    for (const result of group) {
      const m = mediansOf(result.samples)
      const overBaseline = result.contender.baseline ? Number.NaN : m.heapMb - baseline.heapMb
      const runs = `${result.samples.length}/${result.samples.length + result.failures.length}`
      const bottom =
        result.samples.length > 0 && result.samples.every((s) => s.reachedBottom) ? '' : '*'
      const cells = [
        result.contender.label,
        runs,
        fixed(m.firstRowMs),
        ratio(m.firstRowMs, ours.firstRowMs),
        fixed(m.mountMs),
        ratio(m.mountMs, ours.mountMs),
        fixed(m.p50),
        fixed(m.p95),
        `${fixed(m.lateFrames, 0)} / ${fixed(m.frames, 0)}`,
        result.contender.baseline ? 'n/a' : fixed(m.blankFrames, 0),
        fixed(m.mainThreadMsPerFrame),
        fixed(m.scriptMsPerFrame),
        `${percent(m.scrolledFraction)}${result.samples.length ? bottom : ''}`,
        fixed(m.heapMb),
        fixed(overBaseline),
        ratio(overBaseline, oursOverBaseline),
        fixed(m.domElements, 0),
        ratio(m.domElements, ours.domElements),
        fixed(result.pageGzipKb),
        ratio(result.pageGzipKb, oursResult?.pageGzipKb ?? Number.NaN),
      ]
      out.push(`| ${cells.join(' | ')} |`)
    }
    const failures = group.filter((r) => r.failures.length > 0)
    if (failures.length > 0) {
      out.push('')
      for (const result of failures) {
        out.push(`- ${result.contender.label}: ${failureSummary(result.failures)}`)
      }
    }
    out.push('')
  }
  return out.join('\n')
}

export interface BundleSize {
  label: string
  gzipKb: number
}

const verdict = (met: boolean) => (met ? '**met**' : '**missed**')
const sizeVerdict = ({ label, gzipKb }: BundleSize) =>
  Number.isFinite(gzipKb)
    ? `${label} ${fixed(gzipKb)} kB ${verdict(gzipKb < 40)}`
    : `${label}: not measured (bundling failed)`

/**
 * The three targets at the largest row count measured: mount at least 2× faster than the
 * faster of MUI and AG Grid, scroll p95 within the frame budget, the kit under 40 kB gzip.
 */
export function targetLines(
  results: readonly ContenderResult[],
  tablesOnly: { uiAlone: BundleSize; withDeps: BundleSize } | undefined,
): string[] {
  const rows = Math.max(...results.map((r) => r.rows))
  const at = (id: string) => results.find((r) => r.rows === rows && r.contender.id === id)
  const ours = mediansOf(at('ours')?.samples ?? [])
  const rivals = ['mui', 'aggrid']
    .map((id) => ({ result: at(id), medians: mediansOf(at(id)?.samples ?? []) }))
    .filter((rival) => rival.result && Number.isFinite(rival.medians.firstRowMs))
  const lines: string[] = []
  const rowsLabel = rows.toLocaleString('en-US')
  if (rivals.length > 0 && Number.isFinite(ours.firstRowMs)) {
    const fastest = rivals.reduce((a, b) => (b.medians.firstRowMs < a.medians.firstRowMs ? b : a))
    const firstRatio = fastest.medians.firstRowMs / ours.firstRowMs
    const mountRatio = fastest.medians.mountMs / ours.mountMs
    lines.push(
      `- Mount at ${rowsLabel} rows, at least 2× faster than the faster of MUI and AG Grid (${fastest.result?.contender.label}): ` +
        `first rows ${fixed(ours.firstRowMs)} ms vs ${fixed(fastest.medians.firstRowMs)} ms = ${firstRatio.toFixed(2)}× ${verdict(firstRatio >= 2)}; ` +
        `render() to first rows ${fixed(ours.mountMs)} ms vs ${fixed(fastest.medians.mountMs)} ms = ${mountRatio.toFixed(2)}× ${verdict(mountRatio >= 2)}.`,
    )
  } else {
    lines.push(`- Mount at ${rowsLabel} rows: not measured (ours, MUI or AG Grid has no sample).`)
  }
  if (Number.isFinite(ours.p95)) {
    lines.push(
      `- Scrolling p95 frame ≤ ${FRAME_BUDGET_MS} ms at ${rowsLabel} rows: ours ${fixed(ours.p95)} ms ` +
        `(${fixed(ours.lateFrames, 0)} late of ${fixed(ours.frames, 0)} frames, ${fixed(ours.blankFrames, 0)} blank) ${verdict(withinFrameBudget(ours.p95))}.`,
    )
  }
  if (tablesOnly) {
    lines.push(
      `- Tables under 40 kB gzip: ${sizeVerdict(tablesOnly.withDeps)}; ${sizeVerdict(tablesOnly.uiAlone)}.`,
    )
  }
  return lines
}
