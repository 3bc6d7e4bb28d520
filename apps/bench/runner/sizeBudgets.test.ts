import type { Metafile } from 'esbuild'
import { describe, expect, test } from 'vitest'
import {
  type BudgetRow,
  budgetsMet,
  budgetTable,
  budgetVerdict,
  initialOutputs,
  type SizeBudget,
  type SplitSize,
} from './sizeBudgets.ts'

const output = (imports: Metafile['outputs'][string]['imports'], entryPoint?: string) => ({
  bytes: 1,
  inputs: {},
  imports,
  exports: [],
  ...(entryPoint ? { entryPoint } : {}),
})

describe('initialOutputs', () => {
  test('follows static imports from the entry chunk, not dynamic ones or external peers', () => {
    const outputs: Metafile['outputs'] = {
      'out/entry.js': output(
        [
          { path: 'out/chunk-a.js', kind: 'import-statement' },
          { path: 'out/menu.js', kind: 'dynamic-import' },
          { path: 'react', kind: 'import-statement', external: true },
        ],
        'entry.ts',
      ),
      'out/chunk-a.js': output([{ path: 'out/chunk-b.js', kind: 'import-statement' }]),
      'out/chunk-b.js': output([{ path: 'out/chunk-a.js', kind: 'import-statement' }]),
      'out/menu.js': output([{ path: 'out/chunk-b.js', kind: 'import-statement' }]),
    }
    expect([...initialOutputs(outputs, 'out/entry.js')].sort()).toEqual([
      'out/chunk-a.js',
      'out/chunk-b.js',
      'out/entry.js',
    ])
  })
})

describe('budgetVerdict', () => {
  test('counts kB as 1,000 bytes and passes a size exactly at the budget', () => {
    expect(budgetVerdict(45_000, 45)).toEqual({ sizeKb: 45, headroomKb: 0, within: true })
    expect(budgetVerdict(45_001, 45).within).toBe(false)
    const over = budgetVerdict(89_500, 45)
    expect(over.within).toBe(false)
    expect(over.headroomKb).toBeCloseTo(-44.5)
  })
})

describe('budgetTable and budgetsMet', () => {
  const budget = (id: string, budgetKb: number): SizeBudget => ({
    id,
    label: id,
    entry: `./${id}.ts`,
    budgetKb,
  })
  const size = (initialGzipBytes: number): SplitSize => ({
    initialGzipBytes,
    lazyGzipBytes: 12_300,
    lazyChunks: 2,
    byPackage: [
      ['radix-ui', 40_000],
      ['@aura-kit/ui', 30_000],
    ],
  })

  test('fails when any entry is over its budget and shows headroom, verdict and packages', () => {
    const rows: BudgetRow[] = [
      { budget: budget('leads', 45), size: size(44_000) },
      { budget: budget('client', 6), size: size(8_800) },
    ]
    expect(budgetsMet(rows)).toBe(false)
    const table = budgetTable(rows)
    expect(table).toContain(
      '| leads | 45 | 44.0 | 1.0 | within | 12.3 (2) | radix-ui 40.0, @aura-kit/ui 30.0 |',
    )
    expect(table).toContain('| client | 6 | 8.8 | -2.8 | **over** |')
  })

  test('passes when every entry is within, and fails an entry that could not be bundled', () => {
    expect(budgetsMet([{ budget: budget('client', 6), size: size(5_900) }])).toBe(true)
    const broken: BudgetRow[] = [
      { budget: budget('client', 6), size: size(5_900) },
      { budget: budget('tx', 25), size: new Error('Could not resolve "x"\nmore') },
    ]
    expect(budgetsMet(broken)).toBe(false)
    expect(budgetTable(broken)).toContain('| tx | 25 | – | – | **failed**: Could not resolve "x" |')
  })
})
