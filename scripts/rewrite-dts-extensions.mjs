#!/usr/bin/env node
// tsc's rewriteRelativeImportExtensions turns `./x.ts` into `./x.js` in the emitted JavaScript
// but not in declaration files, and a consumer's TypeScript cannot follow `.ts` specifiers into
// a published `dist`. Rewrites them in every `.d.ts` under the given folder (default `dist`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const folder = process.argv[2] ?? 'dist'
const relativeTsSpecifier = /((?:from |import\()['"]\.\.?\/[^'"]*)\.tsx?(?=['"])/g

for (const file of readdirSync(folder, { recursive: true })) {
  if (typeof file === 'string' && file.endsWith('.d.ts')) {
    const path = join(folder, file)
    const text = readFileSync(path, 'utf8')
    const rewritten = text.replace(relativeTsSpecifier, (_, specifier) => `${specifier}.js`)
    if (rewritten !== text) {
      writeFileSync(path, rewritten)
    }
  }
}
