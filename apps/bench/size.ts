// Node-only: issue #13's size budgets. `pnpm --filter @aura-kit/bench run size`; exits 1 when an
// entry is over its budget or cannot be bundled. Deterministic (esbuild, gzip -9); see README.md.
import { budgetsMet, budgetTable, measureBudgets } from './runner/sizeBudgets.ts'

const rows = await measureBudgets()
console.log(
  'Initial load, gzip -9 of each chunk, kB = 1,000 bytes; react, react-dom and @tanstack/react-query external.\n',
)
console.log(budgetTable(rows))
if (!budgetsMet(rows)) {
  console.log('\nOver budget (or not measurable): see the table above.')
  process.exitCode = 1
}
