// Node-only: gzip sizes of the built pages' JS and of packages/ui alone.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

interface ManifestChunk {
  file: string
  imports?: string[]
}

const gzipBytes = (content: Uint8Array | string) => gzipSync(content, { level: 9 }).length

/** Gzip bytes of all JS a page loads: its entry chunk and every chunk it imports statically. */
export async function pageJsGzip(dist: string, entry: string): Promise<number> {
  const manifestText = await readFile(join(dist, '.vite', 'manifest.json'), 'utf8')
  const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>
  const seen = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || seen.has(chunk.file)) {
      return
    }
    seen.add(chunk.file)
    for (const imported of chunk.imports ?? []) {
      visit(imported)
    }
  }
  visit(entry)
  let total = 0
  for (const file of seen) {
    total += gzipBytes(await readFile(join(dist, file)))
  }
  return total
}

/** Minified, gzipped size of `entry` bundled with only the React and React Query peers external. */
export async function libraryGzip(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    outfile: 'ui-bundle.js',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'))
  if (!output) {
    throw new Error(`esbuild produced no JS for ${entry}`)
  }
  return gzipBytes(output.contents)
}
