import type { Contender } from '../src/contenders.ts'
import { LONG_TASK_TARGET_MS } from './longFrames.ts'
import type { ModeRun, RunResult, SortRun } from './measureRun.ts'
import type { ScrollMode } from './scrollInPage.ts'
import { type BudgetRow, budgetVerdict } from './sizeBudgets.ts'
import { frameStats, median, SLOW_FRAME_MS } from './stats.ts'

export interface ModeSample {
  p50: number
  p95: number
  /** Frames over `SLOW_FRAME_MS`. */
  slowFrames: number
  frames: number
  blankFrames: number
  mainThreadMsPerFrame: number
  scriptMsPerFrame: number
  loafCount: number
  loafScriptMs: number
  loafStyleLayoutMs: number
  loafForcedMs: number
  longestTaskMs: number
  scrolledFraction: number
  reachedBottom: boolean
}

export interface Sample {
  firstRowMs: number
  mountMs: number
  mountLongestTaskMs: number
  heapMb: number
  domElements: number
  modes: Partial<Record<ScrollMode, ModeSample>>
  sort?: SortRun
}

export interface ContenderResult {
  contender: Contender
  rows: number
  samples: Sample[]
  failures: string[]
  /** Gzip size of all JS and CSS the page loads. */
  pageGzipKb: number
}

export function toModeSample(run: ModeRun): ModeSample {
  const frames = frameStats(run.frameDeltas)
  return {
    p50: frames.p50,
    p95: frames.p95,
    slowFrames: frames.slow,
    frames: frames.count,
    blankFrames: run.blankFrames,
    mainThreadMsPerFrame: run.mainThreadMsPerFrame,
    scriptMsPerFrame: run.scriptMsPerFrame,
    loafCount: run.loaf.count,
    loafScriptMs: run.loaf.scriptMs,
    loafStyleLayoutMs: run.loaf.styleLayoutMs,
    loafForcedMs: run.loaf.forcedMs,
    longestTaskMs: run.longestTaskMs,
    scrolledFraction: run.scrolledFraction,
    reachedBottom: run.reachedBottom,
  }
}

export function toSample(run: RunResult): Sample {
  const modes: Partial<Record<ScrollMode, ModeSample>> = {}
  for (const [mode, modeRun] of Object.entries(run.modes) as [ScrollMode, ModeRun][]) {
    modes[mode] = toModeSample(modeRun)
  }
  return {
    firstRowMs: run.firstRowMs,
    mountMs: run.mountMs,
    mountLongestTaskMs: run.mountLongestTaskMs,
    heapMb: run.heapBytes / 1024 / 1024,
    domElements: run.domElements,
    modes,
    ...(run.sort ? { sort: run.sort } : {}),
  }
}

/** Median of what `pick` finds in the samples (undefined left out); NaN when nothing. */
export function medianOf<T>(samples: readonly T[], pick: (sample: T) => number | undefined) {
  // NaN is "unknown" (say the page could not answer): left out like a missing value.
  return median(
    samples
      .map(pick)
      .filter((value): value is number => value !== undefined && !Number.isNaN(value)),
  )
}

const modeOf = (mode: ScrollMode) => (sample: Sample) => sample.modes[mode]
/** Median of a field of one scroll mode over the samples. */
export const modeMedian = (
  samples: readonly Sample[],
  mode: ScrollMode,
  pick: (sample: ModeSample) => number,
) =>
  medianOf(samples, (sample) => {
    const run = modeOf(mode)(sample)
    return run ? pick(run) : undefined
  })

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

const table = (header: readonly string[], rows: readonly (readonly string[])[]) => [
  `| ${header.join(' | ')} |`,
  `| --- |${' --: |'.repeat(header.length - 1)}`,
  ...rows.map((cells) => `| ${cells.join(' | ')} |`),
]

/** The modes present in any sample, in the order given. */
const modesIn = (results: readonly ContenderResult[], order: readonly ScrollMode[]) =>
  order.filter((mode) => results.some((r) => r.samples.some((s) => s.modes[mode])))

export const MODE_ORDER: readonly ScrollMode[] = ['fling', 'wheel', 'gentle']

/**
 * Per row count: a summary in issue #13's layout, the mount and memory table, one table per
 * scroll mode with its long-animation-frame breakdown and, when measured, the sort.
 */
export function markdownTables(results: readonly ContenderResult[]): string {
  const out: string[] = []
  for (const rows of [...new Set(results.map((r) => r.rows))]) {
    const group = results.filter((r) => r.rows === rows)
    const modes = modesIn(group, MODE_ORDER)
    const oursResult = group.find((r) => r.contender.id === 'ours')
    const ours = oursResult?.samples ?? []
    const baseline = group.find((r) => r.contender.baseline)?.samples ?? []
    const baselineHeap = medianOf(baseline, (s) => s.heapMb)
    const oursOverBaseline = medianOf(ours, (s) => s.heapMb) - baselineHeap
    const runs = (result: ContenderResult) =>
      `${result.samples.length}/${result.samples.length + result.failures.length}`
    out.push(`### ${rows.toLocaleString('en-US')} rows`, '')

    out.push(
      ...table(
        [
          'table',
          'runs',
          'first rows ms',
          'vs ours',
          'heap MB',
          ...modes.flatMap((mode) => [
            `${mode} p50 / p95 ms`,
            `${mode} slow frames`,
            `${mode} blank`,
          ]),
        ],
        group.map((result) => {
          const s = result.samples
          return [
            result.contender.label,
            runs(result),
            fixed(medianOf(s, (x) => x.firstRowMs)),
            ratio(
              medianOf(s, (x) => x.firstRowMs),
              medianOf(ours, (x) => x.firstRowMs),
            ),
            fixed(medianOf(s, (x) => x.heapMb)),
            ...modes.flatMap((mode) => [
              `${fixed(modeMedian(s, mode, (m) => m.p50))} / ${fixed(modeMedian(s, mode, (m) => m.p95))}`,
              `${fixed(
                modeMedian(s, mode, (m) => m.slowFrames),
                0,
              )} / ${fixed(
                modeMedian(s, mode, (m) => m.frames),
                0,
              )}`,
              result.contender.baseline
                ? 'n/a'
                : fixed(
                    modeMedian(s, mode, (m) => m.blankFrames),
                    0,
                  ),
            ]),
          ]
        }),
      ),
      '',
    )

    out.push(
      `#### Mount and memory, ${rows.toLocaleString('en-US')} rows`,
      '',
      ...table(
        [
          'table',
          'mount ms',
          'vs ours',
          'longest task in mount ms',
          'heap over baseline MB',
          'vs ours',
          'DOM elements',
          'vs ours',
          'page JS+CSS gzip kB',
          'vs ours',
        ],
        group.map((result) => {
          const s = result.samples
          const mount = medianOf(s, (x) => x.mountMs)
          const over = result.contender.baseline
            ? Number.NaN
            : medianOf(s, (x) => x.heapMb) - baselineHeap
          const dom = medianOf(s, (x) => x.domElements)
          return [
            result.contender.label,
            fixed(mount),
            ratio(
              mount,
              medianOf(ours, (x) => x.mountMs),
            ),
            fixed(
              medianOf(s, (x) => x.mountLongestTaskMs),
              0,
            ),
            fixed(over),
            ratio(over, oursOverBaseline),
            fixed(dom, 0),
            ratio(
              dom,
              medianOf(ours, (x) => x.domElements),
            ),
            fixed(result.pageGzipKb),
            ratio(result.pageGzipKb, oursResult?.pageGzipKb ?? Number.NaN),
          ]
        }),
      ),
      '',
    )

    for (const mode of modes) {
      out.push(
        `#### ${mode}, ${rows.toLocaleString('en-US')} rows`,
        '',
        ...table(
          [
            'table',
            'frame p50 / p95 ms',
            `slow (> ${SLOW_FRAME_MS} ms)`,
            'blank',
            'main thread ms / frame',
            'of it JS',
            'LoAFs',
            'LoAF script ms (/ frame)',
            'LoAF style+layout ms (/ frame)',
            'forced style+layout ms',
            'longest task ms',
            'scrolled',
          ],
          group.map((result) => {
            const s = result.samples
            const m = (pick: (sample: ModeSample) => number) => modeMedian(s, mode, pick)
            const frames = m((x) => x.frames)
            const total = (value: number) => `${fixed(value, 0)} (${fixed(value / frames)})`
            const reached = s.every((x) => x.modes[mode]?.reachedBottom !== false)
            return [
              result.contender.label,
              `${fixed(m((x) => x.p50))} / ${fixed(m((x) => x.p95))}`,
              `${fixed(
                m((x) => x.slowFrames),
                0,
              )} / ${fixed(frames, 0)}`,
              result.contender.baseline
                ? 'n/a'
                : fixed(
                    m((x) => x.blankFrames),
                    0,
                  ),
              fixed(m((x) => x.mainThreadMsPerFrame)),
              fixed(m((x) => x.scriptMsPerFrame)),
              fixed(
                m((x) => x.loafCount),
                0,
              ),
              total(m((x) => x.loafScriptMs)),
              total(m((x) => x.loafStyleLayoutMs)),
              fixed(
                m((x) => x.loafForcedMs),
                0,
              ),
              fixed(
                m((x) => x.longestTaskMs),
                0,
              ),
              // Fling and wheel take a set number of steps; only gentle aims for the bottom.
              `${percent(m((x) => x.scrolledFraction))}${mode === 'gentle' && s.length > 0 && !reached ? '*' : ''}`,
            ]
          }),
        ),
        '',
      )
    }

    const sorted = group.filter((r) => r.samples.some((s) => s.sort))
    if (sorted.length > 0) {
      out.push(
        `#### Sort by the first column, ${rows.toLocaleString('en-US')} rows`,
        '',
        ...table(
          ['table', 'sorted', 'time to sorted ms', 'longest task ms', 'ended by'],
          sorted.map((result) => {
            const sorts = result.samples.flatMap((s) => (s.sort ? [s.sort] : []))
            const done = sorts.filter((s) => s.ok)
            const notDone = sorts.flatMap((s) => (s.ok ? [] : [s.reason]))
            return [
              result.contender.label,
              `${done.length}/${sorts.length}${notDone.length ? ` (${failureSummary(notDone)})` : ''}`,
              fixed(medianOf(done, (s) => s.sortMs)),
              fixed(
                medianOf(sorts, (s) => s.longestTaskMs),
                0,
              ),
              [...new Set(done.map((s) => s.by))].join(', ') || '–',
            ]
          }),
        ),
        '',
      )
    }

    const failures = group.filter((r) => r.failures.length > 0)
    if (failures.length > 0) {
      for (const result of failures) {
        out.push(`- ${result.contender.label}: ${failureSummary(result.failures)}`)
      }
      out.push('')
    }
  }
  return out.join('\n')
}

const verdict = (met: boolean) => (met ? '**met**' : '**missed**')

/**
 * Issue #13's targets, as ratios in this run: at the largest row count where MUI ran, fling and
 * wheel against MUI, first rows against the faster of MUI and AG Grid, heap against MUI; the size
 * budgets; and at 1,000,000 rows and more, ours' longest task.
 */
export function targetLines(
  results: readonly ContenderResult[],
  budgets: readonly BudgetRow[] | undefined,
): string[] {
  const lines: string[] = []
  const measured = (r: ContenderResult | undefined) => (r && r.samples.length > 0 ? r : undefined)
  const muiRows = results
    .filter((r) => r.contender.id === 'mui' && r.samples.length > 0)
    .map((r) => r.rows)
  if (muiRows.length > 0) {
    const rows = Math.max(...muiRows)
    const at = (id: string) =>
      measured(results.find((r) => r.rows === rows && r.contender.id === id))
    const ours = at('ours')?.samples ?? []
    const mui = at('mui')?.samples ?? []
    const label = rows.toLocaleString('en-US')
    const both = (pick: (s: readonly Sample[]) => number) => [pick(ours), pick(mui)] as const
    const atMost = ([a, b]: readonly [number, number]) =>
      Number.isFinite(a) && Number.isFinite(b) && a <= b
    const pair = ([a, b]: readonly [number, number], digits = 1) =>
      `ours ${fixed(a, digits)} vs MUI ${fixed(b, digits)}`
    if (ours.some((s) => s.modes.fling) && mui.some((s) => s.modes.fling)) {
      const p50 = both((s) => modeMedian(s, 'fling', (m) => m.p50))
      const p95 = both((s) => modeMedian(s, 'fling', (m) => m.p95))
      const slow = both((s) => modeMedian(s, 'fling', (m) => m.slowFrames))
      const blank = modeMedian(ours, 'fling', (m) => m.blankFrames)
      lines.push(
        `- Fling at ${label}: p50 ${pair(p50)} ms ${verdict(atMost(p50))}; p95 ${pair(p95)} ms ${verdict(atMost(p95))}; ` +
          `slow frames ${pair(slow, 0)} ${verdict(atMost(slow))}; blank frames ${fixed(blank, 0)} ${verdict(blank === 0)}.`,
      )
    }
    if (ours.some((s) => s.modes.wheel) && mui.some((s) => s.modes.wheel)) {
      const slow = both((s) => modeMedian(s, 'wheel', (m) => m.slowFrames))
      lines.push(`- Wheel at ${label}: slow frames ${pair(slow, 0)} ${verdict(atMost(slow))}.`)
    }
    const rivals = ['mui', 'aggrid']
      .map((id) => at(id))
      .filter((r): r is ContenderResult => r !== undefined)
      .map((r) => ({
        label: r.contender.label,
        firstRowMs: medianOf(r.samples, (s) => s.firstRowMs),
      }))
    const oursFirst = medianOf(ours, (s) => s.firstRowMs)
    if (rivals.length > 0 && Number.isFinite(oursFirst)) {
      const fastest = rivals.reduce((a, b) => (b.firstRowMs < a.firstRowMs ? b : a))
      const times = fastest.firstRowMs / oursFirst
      lines.push(
        `- First rows at ${label}, at least 2× sooner than the faster of MUI and AG Grid (${fastest.label}): ` +
          `${fixed(oursFirst)} vs ${fixed(fastest.firstRowMs)} ms = ${times.toFixed(2)}× ${verdict(times >= 2)}.`,
      )
    }
    const heap = both((s) => medianOf(s, (x) => x.heapMb))
    if (Number.isFinite(heap[0])) {
      lines.push(`- Heap at ${label}: ${pair(heap)} MB ${verdict(atMost(heap))}.`)
    }
  }
  for (const row of budgets ?? []) {
    if (row.size instanceof Error) {
      lines.push(
        `- ${row.budget.label} ≤ ${row.budget.budgetKb} kB: not measured (bundling failed).`,
      )
      continue
    }
    const v = budgetVerdict(row.size.initialGzipBytes, row.budget.budgetKb)
    lines.push(
      `- ${row.budget.label} ≤ ${row.budget.budgetKb} kB gzip: ${fixed(v.sizeKb)} kB ${verdict(v.within)}.`,
    )
  }
  for (const result of results) {
    if (result.contender.id !== 'ours' || result.rows < 1_000_000 || result.samples.length === 0) {
      continue
    }
    const s = result.samples
    const phases: [string, number][] = [
      ['mount', medianOf(s, (x) => x.mountLongestTaskMs)],
      ...MODE_ORDER.filter((mode) => s.some((x) => x.modes[mode])).map((mode): [string, number] => [
        mode,
        modeMedian(s, mode, (m) => m.longestTaskMs),
      ]),
    ]
    if (s.some((x) => x.sort)) {
      phases.push(['sort', medianOf(s, (x) => (x.sort?.ok ? x.sort.longestTaskMs : undefined))])
    }
    const worst = Math.max(...phases.map(([, ms]) => (Number.isFinite(ms) ? ms : Infinity)))
    lines.push(
      `- ${result.rows.toLocaleString('en-US')} rows, no long task over ${LONG_TASK_TARGET_MS} ms: ` +
        `${phases.map(([name, ms]) => `${name} ${fixed(ms, 0)}`).join(', ')} ms ${verdict(worst <= LONG_TASK_TARGET_MS)}.`,
    )
  }
  return lines
}
