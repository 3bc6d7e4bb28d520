// Issue #13's size budgets: what a partner's bundler ships on first load for three entries.
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'
import { PEERS, packageOf } from './bundleSizes.ts'

export interface SizeBudget {
  id: string
  label: string
  /** Entry module, relative to this directory. */
  entry: string
  /** Gzip -9 over the peers, in kB of 1,000 bytes. */
  budgetKb: number
}

export const SIZE_BUDGETS: readonly SizeBudget[] = [
  {
    id: 'leads',
    label: '`LeadsTable` + `AuraKitProvider` + `createAuraClient`',
    entry: './size-entries/leads.ts',
    budgetKb: 45,
  },
  {
    id: 'transcript',
    label: '`CallTranscript` alone',
    entry: './size-entries/transcript.ts',
    budgetKb: 25,
  },
  {
    id: 'client',
    label: '`createAuraClient` alone',
    entry: './size-entries/client.ts',
    budgetKb: 6,
  },
]

export interface SplitSize {
  /** Gzip bytes of the entry chunk and every chunk it imports statically (each gzipped alone). */
  initialGzipBytes: number
  /** Gzip bytes of the chunks only reachable through a dynamic `import()`. */
  lazyGzipBytes: number
  lazyChunks: number
  /** Minified bytes of the initial load per package, largest first. */
  byPackage: [string, number][]
}

type Outputs = Metafile['outputs']

/**
 * The output files loaded up front: the entry's chunk and, transitively, what it imports with a
 * static `import` (not `import()`, not an external peer).
 */
export function initialOutputs(outputs: Outputs, entryKey: string): Set<string> {
  const initial = new Set<string>()
  const visit = (key: string) => {
    if (initial.has(key) || !outputs[key]) {
      return
    }
    initial.add(key)
    for (const imported of outputs[key].imports) {
      if (imported.kind === 'import-statement' && !imported.external) {
        visit(imported.path)
      }
    }
  }
  visit(entryKey)
  return initial
}

const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * Bundles `entry` as a partner's bundler would (minified ESM, code-split, production React,
 * workspace packages from source, tree-shaken), the peers external, nothing written to disk.
 */
export async function measureSplit(
  entry: string,
  external: readonly string[] = PEERS,
): Promise<SplitSize> {
  const result = await build({
    absWorkingDir: here,
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    conditions: ['@aura-kit/source'],
    write: false,
    metafile: true,
    outdir: 'size-out',
    external: [...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const outputs = result.metafile.outputs
  const entryKey = Object.keys(outputs).find((key) => outputs[key]?.entryPoint)
  if (!entryKey) {
    throw new Error(`esbuild produced no entry chunk for ${entry}`)
  }
  const initial = initialOutputs(outputs, entryKey)
  const size: SplitSize = { initialGzipBytes: 0, lazyGzipBytes: 0, lazyChunks: 0, byPackage: [] }
  const byPackage = new Map<string, number>()
  for (const file of result.outputFiles) {
    const key = relative(here, file.path)
    if (!key.endsWith('.js')) {
      continue
    }
    const gzip = gzipSync(file.contents, { level: 9 }).length
    if (!initial.has(key)) {
      size.lazyGzipBytes += gzip
      size.lazyChunks++
      continue
    }
    size.initialGzipBytes += gzip
    for (const [path, input] of Object.entries(outputs[key]?.inputs ?? {})) {
      byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + input.bytesInOutput)
    }
  }
  size.byPackage = [...byPackage].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1])
  return size
}

export interface BudgetVerdict {
  sizeKb: number
  /** Budget minus size: negative when over. */
  headroomKb: number
  within: boolean
}

/** kB of 1,000 bytes, as the budgets are written. */
export function budgetVerdict(gzipBytes: number, budgetKb: number): BudgetVerdict {
  const sizeKb = gzipBytes / 1000
  return { sizeKb, headroomKb: budgetKb - sizeKb, within: gzipBytes <= budgetKb * 1000 }
}

export interface BudgetRow {
  budget: SizeBudget
  /** The measured size, or why it could not be measured (which fails the check). */
  size: SplitSize | Error
}

export const budgetsMet = (rows: readonly BudgetRow[]) =>
  rows.every(
    (row) =>
      !(row.size instanceof Error) &&
      budgetVerdict(row.size.initialGzipBytes, row.budget.budgetKb).within,
  )

const kb = (bytes: number) => (bytes / 1000).toFixed(1)

/** The markdown table: budget, initial size, headroom, verdict, lazy chunks, top packages. */
export function budgetTable(rows: readonly BudgetRow[], topPackages = 4): string {
  const lines = [
    '| entry | budget kB | initial kB | headroom kB | verdict | lazy kB (chunks) | largest packages, initial (kB minified) |',
    '| --- | --: | --: | --: | --- | --: | --- |',
  ]
  for (const { budget, size } of rows) {
    if (size instanceof Error) {
      const reason = size.message.split('\n')[0]
      lines.push(`| ${budget.label} | ${budget.budgetKb} | – | – | **failed**: ${reason} | – | – |`)
      continue
    }
    const verdict = budgetVerdict(size.initialGzipBytes, budget.budgetKb)
    const packages = size.byPackage
      .slice(0, topPackages)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`)
      .join(', ')
    lines.push(
      `| ${budget.label} | ${budget.budgetKb} | ${verdict.sizeKb.toFixed(1)} | ${verdict.headroomKb.toFixed(1)} | ` +
        `${verdict.within ? 'within' : '**over**'} | ${kb(size.lazyGzipBytes)} (${size.lazyChunks}) | ${packages} |`,
    )
  }
  return lines.join('\n')
}

/** Measures every budget; a bundle that fails is a row with its error, not a throw. */
export async function measureBudgets(
  budgets: readonly SizeBudget[] = SIZE_BUDGETS,
): Promise<BudgetRow[]> {
  const rows: BudgetRow[] = []
  for (const budget of budgets) {
    const size = await measureSplit(budget.entry).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    )
    rows.push({ budget, size })
  }
  return rows
}
