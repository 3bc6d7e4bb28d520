// Gzip bytes the insight widgets add beyond the tables, bundled as a partner would (see
// runner/bundleSizes.ts): `pnpm --filter @aura-kit/bench run size:insights`.
import { fileURLToPath } from 'node:url'
import { libraryGzip, PEERS } from './runner/bundleSizes.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const tables = await libraryGzip(here('./runner/tablesEntry.ts'), PEERS)
const withWidgets = await libraryGzip(here('./runner/insightsEntry.ts'), PEERS)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
console.log(`tables (with hooks and client): ${kb(tables.gzipBytes)} gzip`)
console.log(`tables + the five widgets and KpiCard: ${kb(withWidgets.gzipBytes)} gzip`)
console.log(`the widgets add: ${kb(withWidgets.gzipBytes - tables.gzipBytes)} gzip`)
