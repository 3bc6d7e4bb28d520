// Node-only: gzip sizes of the built pages and of the kit's tables bundled alone.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
}

const gzipBytes = (content: Uint8Array | string) => gzipSync(content, { level: 9 }).length

/** Gzip bytes of all JS and CSS a page loads: its entry chunk and every chunk it imports statically. */
export async function pageGzip(dist: string, entry: string): Promise<number> {
  const manifestText = await readFile(join(dist, '.vite', 'manifest.json'), 'utf8')
  const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) {
      return
    }
    files.add(chunk.file)
    for (const css of chunk.css ?? []) {
      files.add(css)
    }
    for (const imported of chunk.imports ?? []) {
      visit(imported)
    }
  }
  visit(entry)
  let total = 0
  for (const file of files) {
    total += gzipBytes(await readFile(join(dist, file)))
  }
  return total
}

/** The peers every partner app already has. */
export const PEERS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query']
/** The kit's own packages under packages/ui. */
export const KIT_DEPENDENCIES = ['@aura-kit/client', '@aura-kit/hooks']

export interface LibrarySize {
  gzipBytes: number
  minifiedBytes: number
  /** Minified bytes in the output per package, largest first. */
  byPackage: [string, number][]
}

/** `@aura-kit/ui` for its source, `@radix-ui/*` counted as `radix-ui`, the entry as `entry`. */
export function packageOf(path: string): string {
  const modules = path.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const [first = '', second = ''] = path.slice(modules + 'node_modules/'.length).split('/')
    const name = first.startsWith('@') ? `${first}/${second}` : first
    return name.startsWith('@radix-ui/') ? 'radix-ui' : name
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path)
  return workspace ? `@aura-kit/${workspace[1]}` : 'entry'
}

/**
 * Bundles `entry` the way a partner's bundler would (minified ESM, production React, workspace
 * packages from their TypeScript source, tree-shaken) with `external` left out, and gzips it.
 */
export async function libraryGzip(
  entry: string,
  external: readonly string[],
): Promise<LibrarySize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@aura-kit/source'],
    write: false,
    metafile: true,
    outfile: 'bundle.js',
    external: [...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'))
  if (!output) {
    throw new Error(`esbuild produced no JS for ${entry}`)
  }
  const byPackage = new Map<string, number>()
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(meta.inputs)) {
      byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + input.bytesInOutput)
    }
  }
  return {
    gzipBytes: gzipBytes(output.contents),
    minifiedBytes: output.contents.length,
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  }
}
