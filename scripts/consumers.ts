/**
 * Consumer test (issue #11): the four packages as a partner gets them.
 *
 * 1. `pnpm pack` each package into a temp dir (`prepack` cleans and builds; pnpm rewrites
 *    `workspace:*`) and checks each tarball: no tests, stories or test-utils, every `exports`/`bin`
 *    target present, `.d.ts` free of `.ts` specifiers and of modules the package does not declare.
 * 2. For each app in `e2e/consumers/`, in parallel: copy it to the temp dir, `npm install` its
 *    registry deps plus the four tarballs, `tsc --noEmit` (strict, `skipLibCheck: false`), `vite build`.
 * 3. For each app: `aura-mock` from the INSTALLED tarball (its bin, run by the machine's own `node`)
 *    and `vite preview`, both on 127.0.0.1 and free ports, then Chromium (`scripts/chromium.ts`)
 *    checks real rendered content: grid rows named like the API's leads, a row opening the lead's
 *    sheet, the transcript's segments. Prints the JS/CSS gzip sizes and step times.
 *
 * `pnpm run test:consumers [app…]`. Env: CONSUMERS_TIMEOUT_MS (default 8 min),
 * CONSUMERS_KEEP_TMP=1 keeps the temp dir. Every child is killed at the end, even on failure.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type Locator, type Page } from 'playwright'
import { chromiumLaunchOptions } from './chromium.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PACKAGES = ['client', 'hooks', 'ui', 'mock-api'] as const
const ALL_APPS = ['vite-react19', 'vite-react18']
const MOCK_NOW = '2026-06-01T00:00:00Z'
const TIME_LIMIT_MS = Number(process.env.CONSUMERS_TIMEOUT_MS ?? 8 * 60_000)
const STEP_TIMEOUT_MS = 4 * 60_000
const UI_TIMEOUT_MS = 20_000
const KEEP_TMP = process.env.CONSUMERS_KEEP_TMP === '1'

interface AppResult {
  app: string
  ms: Record<'install' | 'typecheck' | 'build' | 'browser', number>
  js: { raw: number; gzip: number }
  css: { raw: number; gzip: number }
  mockNode: string
}

// ---------------------------------------------------------------------------------------------
// Child processes: each in its own process group, all killed on exit.

const children = new Set<ChildProcess>()
let browser: Browser | undefined
/** Set once the run is ending: nothing new starts after that. */
let finishing = false

function log(message: string): void {
  process.stdout.write(`[consumers] ${message}\n`)
}

/** The environment without pnpm's `npm_*` settings (npm would read them as its own config). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_/i.test(key)) {
      env[key] = value
    }
  }
  return { ...env, CI: process.env.CI ?? '1', NO_COLOR: '1', ...extra }
}

/** PATH without `node_modules/.bin` entries: `#!/usr/bin/env node` then finds the machine's node. */
function systemPath(): string {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.split(sep).includes('node_modules'))
    .join(delimiter)
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
}

interface Started {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

function start(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Started {
  if (finishing) {
    throw new Error(`not starting ${command}: shutting down`)
  }
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let output = ''
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      append(Buffer.from(`${error.message}\n`))
      resolve(-1)
    })
    child.once('close', (code) => {
      children.delete(child)
      resolve(code)
    })
  })
  return { child, output: () => output, exited }
}

/** Runs a command to its end; rejects with the output's tail on a non-zero exit or timeout. */
async function run(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ ms: number; output: string }> {
  const begin = performance.now()
  const started = start(command, args, options)
  const timeoutMs = options.timeoutMs ?? STEP_TIMEOUT_MS
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    killGroup(started.child, 'SIGKILL')
  }, timeoutMs)
  const code = await started.exited
  clearTimeout(timer)
  const ms = performance.now() - begin
  if (code !== 0) {
    const why = timedOut ? `timed out after ${timeoutMs / 1000}s` : `exited with ${code}`
    throw new Error(`${label}: \`${command} ${args.join(' ')}\` ${why}\n${started.output()}`)
  }
  return { ms, output: started.output() }
}

async function cleanup(): Promise<void> {
  const closing = browser?.close().catch(() => {})
  browser = undefined
  for (const child of children) {
    killGroup(child, 'SIGTERM')
  }
  const deadline = Date.now() + 3000
  while (children.size > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  for (const child of children) {
    killGroup(child, 'SIGKILL')
  }
  await closing
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(address),
      )
    })
  })
}

/** Polls `url` until it answers 2xx, or fails with the server's output. */
async function waitForHttp(url: string, server: Started, init: RequestInit = {}): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`${url}: the server exited early\n${server.output()}`)
    }
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) })
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  throw new Error(`${url} did not answer within 30s\n${server.output()}`)
}

// ---------------------------------------------------------------------------------------------
// 1. Pack and check the tarballs.

interface PackageJson {
  name: string
  version: string
  license?: string
  repository?: unknown
  bin?: Record<string, string>
  exports?: Record<string, string | Record<string, string>>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

const packageNameOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

/** Public subpaths of a packed package: `exports` keys with a target other than the source one. */
function publicSubpaths(pkg: PackageJson): Set<string> {
  return new Set(
    Object.entries(pkg.exports ?? {})
      .filter(
        ([, target]) =>
          typeof target === 'string' ||
          Object.keys(target).some((condition) => condition !== '@aura-kit/source'),
      )
      .map(([key]) => key),
  )
}

async function checkTarball(dir: string, all: Map<string, PackageJson>): Promise<string[]> {
  const problems: string[] = []
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageJson
  const files = await filesUnder(dir)
  const has = (path: string) => files.includes(path.replace(/^\.\//, ''))
  if (JSON.stringify(pkg).includes('workspace:')) {
    problems.push('package.json still has a workspace: range')
  }
  if (pkg.license !== 'MIT' || !has('LICENSE') || pkg.repository === undefined) {
    problems.push('license MIT, LICENSE and repository are required')
  }
  for (const file of files) {
    if (/(^|\/)test-utils\/|\.test\.|\.test-d\.|\.stories\./.test(file)) {
      problems.push(`ships ${file}`)
    }
  }
  const published = publicSubpaths(pkg)
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (!published.has(subpath)) {
      continue // a source-only subpath (the workspace's `@aura-kit/source`), not for consumers
    }
    const targets = typeof target === 'string' ? [target] : Object.values(target)
    for (const path of targets) {
      if (!has(path)) {
        problems.push(`exports["${subpath}"] points at missing ${path}`)
      }
    }
  }
  for (const [name, path] of Object.entries(pkg.bin ?? {})) {
    if (!has(path) || !/\.m?js$/.test(path)) {
      problems.push(`bin ${name} → ${path} is not a shipped .js file`)
    } else if (!(await readFile(join(dir, path), 'utf8')).startsWith('#!/usr/bin/env node')) {
      problems.push(`bin ${name} has no node shebang`)
    }
  }
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ])
  const specifiers = [
    /^\s*(?:import|export)\s[^;'"]*?\bfrom\s*(['"])([^'"\s]+)\1/gm,
    /^\s*import\s*(['"])([^'"\s]+)\1/gm,
    /\bimport\(\s*(['"])([^'"\s]+)\1\s*\)/g,
  ]
  for (const file of files.filter((path) => /^dist\/.*\.(d\.ts|js)$/.test(path))) {
    const text = await readFile(join(dir, file), 'utf8')
    for (const [, , spec = ''] of specifiers.flatMap((pattern) => [...text.matchAll(pattern)])) {
      if (spec.startsWith('.')) {
        if (/\.(c|m)?tsx?$/.test(spec) && !spec.endsWith('.d.ts')) {
          problems.push(`${file} imports source path ${spec}`)
        }
        continue
      }
      if (spec.startsWith('node:') || builtinModules.includes(spec)) {
        continue
      }
      const name = packageNameOf(spec)
      if (!declared.has(name)) {
        problems.push(`${file} imports ${spec}, which is not a dependency or peer`)
        continue
      }
      const target = all.get(name)
      const subpath = `.${spec.slice(name.length)}`
      if (target && !publicSubpaths(target).has(subpath)) {
        problems.push(`${file} imports ${spec}, which ${name} does not publish`)
      }
    }
  }
  return problems
}

async function packAll(work: string): Promise<{ tarballs: string[]; ms: number }> {
  const begin = performance.now()
  const dest = join(work, 'tarballs')
  await mkdir(dest, { recursive: true })
  // Two at a time: each `prepack` is a tsc build, and CI has two cores.
  for (const pair of [PACKAGES.slice(0, 2), PACKAGES.slice(2)]) {
    await Promise.all(
      pair.map((name) =>
        run(`pack ${name}`, 'pnpm', ['pack', '--pack-destination', dest], {
          cwd: join(ROOT, 'packages', name),
          env: { ...process.env, NO_COLOR: '1' },
        }),
      ),
    )
  }
  const tarballs = (await readdir(dest)).filter((file) => file.endsWith('.tgz')).sort()
  if (tarballs.length !== PACKAGES.length) {
    throw new Error(`expected ${PACKAGES.length} tarballs, got ${tarballs.join(', ')}`)
  }
  const unpacked = new Map<string, string>()
  const manifests = new Map<string, PackageJson>()
  for (const tarball of tarballs) {
    const dir = join(work, 'unpacked', tarball.replace(/\.tgz$/, ''))
    await mkdir(dir, { recursive: true })
    await run(`unpack ${tarball}`, 'tar', ['-xzf', join(dest, tarball), '-C', dir], { cwd: work })
    const pkg = JSON.parse(await readFile(join(dir, 'package', 'package.json'), 'utf8'))
    unpacked.set(pkg.name, join(dir, 'package'))
    manifests.set(pkg.name, pkg)
  }
  const problems: string[] = []
  for (const [name, dir] of unpacked) {
    for (const problem of await checkTarball(dir, manifests)) {
      problems.push(`${name}: ${problem}`)
    }
  }
  if (problems.length > 0) {
    throw new Error(`tarball checks failed:\n  ${problems.join('\n  ')}`)
  }
  return { tarballs: tarballs.map((file) => join(dest, file)), ms: performance.now() - begin }
}

// ---------------------------------------------------------------------------------------------
// 2. Install, typecheck and build each app.

async function assetSizes(dist: string): Promise<Pick<AppResult, 'js' | 'css'>> {
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  for (const file of await filesUnder(dist)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : undefined
    if (kind) {
      const bytes = await readFile(join(dist, file))
      sizes[kind].raw += bytes.length
      sizes[kind].gzip += gzipSync(bytes).length
    }
  }
  return sizes
}

/** Each @aura-kit package installed once, and it is our tarball (not a registry namesake). */
async function checkInstalled(appDir: string, tarballs: string[]): Promise<void> {
  const names = PACKAGES.map((name) => `@aura-kit/${name}`)
  for (const name of names) {
    const installed = join(appDir, 'node_modules', name, 'package.json')
    const pkg = JSON.parse(await readFile(installed, 'utf8')) as PackageJson
    if (
      !tarballs.some((file) =>
        file.endsWith(`${name.slice(1).replace('/', '-')}-${pkg.version}.tgz`),
      )
    ) {
      throw new Error(`${installed} is ${pkg.name}@${pkg.version}, not one of the packed tarballs`)
    }
    for (const other of names) {
      if (existsSync(join(appDir, 'node_modules', name, 'node_modules', other))) {
        throw new Error(`${name} got its own copy of ${other}: npm did not use the tarball`)
      }
    }
  }
}

async function prepareApp(
  app: string,
  work: string,
  tarballs: string[],
): Promise<{ dir: string; ms: Pick<AppResult['ms'], 'install' | 'typecheck' | 'build'> }> {
  const dir = join(work, 'apps', app)
  await cp(join(ROOT, 'e2e', 'consumers', app), dir, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  })
  const bin = (name: string) => join(dir, 'node_modules', '.bin', name)
  log(`${app}: npm install`)
  const install = await run(
    `${app} install`,
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs],
    { cwd: dir },
  )
  await checkInstalled(dir, tarballs)
  log(`${app}: installed in ${seconds(install.ms)}; tsc --noEmit`)
  const typecheck = await run(`${app} typecheck`, bin('tsc'), ['--noEmit', '-p', '.'], { cwd: dir })
  log(`${app}: typechecked in ${seconds(typecheck.ms)}; vite build`)
  const build = await run(`${app} build`, bin('vite'), ['build', '--logLevel', 'warn'], {
    cwd: dir,
  })
  log(`${app}: built in ${seconds(build.ms)}`)
  return { dir, ms: { install: install.ms, typecheck: typecheck.ms, build: build.ms } }
}

// ---------------------------------------------------------------------------------------------
// 3. Mock + preview + Chromium.

interface LeadRecord {
  id: string
  full_name?: string | null
  email?: string | null
}

interface CallRecord {
  id: string
  transcript_data?: { segments?: { text?: string | null }[] | null } | null
}

async function apiGet<T>(mockUrl: string, path: string): Promise<T> {
  const response = await fetch(`${mockUrl}${path}`, {
    headers: { authorization: 'Bearer consumer-check' },
  })
  if (!response.ok) {
    throw new Error(`GET ${path} on the mock: ${response.status}`)
  }
  return (await response.json()) as T
}

/** Polls until `read` returns true (real DOM reads), or fails with `what`. */
async function until(what: string, read: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (await read().catch(() => false)) {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out after ${UI_TIMEOUT_MS / 1000}s waiting for ${what}`)
}

const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS })

async function checkInBrowser(page: Page, appUrl: string, mockUrl: string): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console.error: ${message.text()}`)
    }
  })

  // The grid shows the API's first leads, in order.
  const { data: leads } = await apiGet<{ data: LeadRecord[] }>(mockUrl, '/v1/leads?limit=25')
  const index = leads.findIndex(
    (lead) =>
      !lead.id.startsWith('bad0c0de') &&
      typeof lead.full_name === 'string' &&
      /^[\p{L}\p{M} .'’-]{3,}$/u.test(lead.full_name),
  )
  const lead = leads[index]
  if (lead?.full_name == null) {
    throw new Error('the mock has no plainly named lead in its first 25')
  }
  const name = lead.full_name
  await page.goto(`${appUrl}/?api=${encodeURIComponent(mockUrl)}`)
  const grid = page.getByRole('grid', { name: 'Leads' })
  const row = grid.locator(`tr[aria-rowindex="${index + 2}"]`)
  await visible(row.filter({ hasText: name }))
  // `@aura-kit/ui/styles.css` made it into the build: the kit's tokens apply to the grid.
  const rowHeight = await grid.evaluate((element) =>
    getComputedStyle(element).getPropertyValue('--aura-row-height').trim(),
  )
  if (rowHeight !== '40px') {
    throw new Error(`@aura-kit/ui/styles.css is not applied (--aura-row-height: "${rowHeight}")`)
  }
  const firstName = leads[0]?.full_name
  await until('10 or more rendered lead rows, the first one the API first lead', async () => {
    const rows = await grid.locator('tbody tr[aria-rowindex]').count()
    const first = (await grid.locator('tr[aria-rowindex="2"]').textContent()) ?? ''
    return rows >= Math.min(10, leads.length) && (firstName == null || first.includes(firstName))
  })

  // A row opens the lead's sheet: a dialog named after the lead, with its email.
  await row.locator('td[data-column-id="created"]').click()
  const sheet = page.getByRole('dialog', { name })
  await visible(sheet)
  if (typeof lead.email === 'string') {
    await visible(sheet.getByText(lead.email).first())
  }
  await page.keyboard.press('Escape')
  await sheet.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS })

  // The transcript of the call the app picked shows its segments.
  const heading = page.locator('#call-heading')
  await visible(heading)
  const callId = await heading.getAttribute('data-call-id')
  const body = await apiGet<{ data?: CallRecord } & CallRecord>(
    mockUrl,
    `/v1/calls/${encodeURIComponent(callId ?? '')}`,
  )
  const segments = (body.data ?? body).transcript_data?.segments ?? []
  const texts = segments
    .map((segment) => segment.text?.trim() ?? '')
    .filter((text) => text.length > 0)
  const firstText = texts[0]
  if (firstText === undefined) {
    throw new Error(`call ${callId} has no segment text in the API`)
  }
  const list = page
    .getByRole('region', { name: 'Call transcript' })
    .getByRole('region', { name: 'Transcript segments' })
  await visible(
    list
      .locator('li[data-entry]')
      .filter({ hasText: firstText.slice(0, 60) })
      .first(),
  )
  await until(`3 or more rendered segments of call ${callId}`, async () => {
    return (await list.locator('li[data-entry]').count()) >= Math.min(3, texts.length)
  })

  if (errors.length > 0) {
    throw new Error(`the page logged errors:\n  ${errors.join('\n  ')}`)
  }
}

async function browse(app: string, dir: string): Promise<{ ms: number; mockNode: string }> {
  const begin = performance.now()
  // The installed bin, run the way a partner's shell runs it: `#!/usr/bin/env node` on the PATH
  // without pnpm's Node 24, so the machine's own node (Node 20 here).
  const env = cleanEnv({ PATH: systemPath() })
  const mockNode = (await run('node --version', 'node', ['--version'], { cwd: dir, env })).output
  const mockPort = await freePort()
  const mock = start(
    join(dir, 'node_modules', '.bin', 'aura-mock'),
    ['--host', '127.0.0.1', '--port', String(mockPort), '--now', MOCK_NOW],
    { cwd: dir, env },
  )
  const mockUrl = `http://127.0.0.1:${mockPort}`
  const previewPort = await freePort()
  const preview = start(
    join(dir, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(previewPort), '--strictPort'],
    { cwd: dir },
  )
  const appUrl = `http://127.0.0.1:${previewPort}`
  await Promise.all([
    waitForHttp(`${mockUrl}/v1/leads?limit=1`, mock, {
      headers: { authorization: 'Bearer consumer-check' },
    }),
    waitForHttp(appUrl, preview),
  ])
  browser ??= await chromium.launch(chromiumLaunchOptions)
  if (finishing) {
    await browser.close()
    throw new Error('shutting down')
  }
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
  })
  const page = await context.newPage()
  try {
    await checkInBrowser(page, appUrl, mockUrl)
  } catch (error) {
    const shot = join(ROOT, '.reports', 'consumers', `${app}.png`)
    await mkdir(join(ROOT, '.reports', 'consumers'), { recursive: true })
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
    throw new Error(`${app} in Chromium (screenshot ${relative(ROOT, shot)}): ${message(error)}`)
  } finally {
    await context.close()
    killGroup(mock.child, 'SIGTERM')
    killGroup(preview.child, 'SIGTERM')
    await Promise.all([mock.exited, preview.exited])
  }
  return { ms: performance.now() - begin, mockNode: mockNode.trim() }
}

// ---------------------------------------------------------------------------------------------

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

function table(results: AppResult[]): string {
  const header = [
    'app',
    'JS gzip (raw)',
    'CSS gzip (raw)',
    'install',
    'typecheck',
    'build',
    'browser',
    'mock node',
  ]
  const rows = results.map((result) => [
    result.app,
    `${kB(result.js.gzip)} (${kB(result.js.raw)})`,
    `${kB(result.css.gzip)} (${kB(result.css.raw)})`,
    seconds(result.ms.install),
    seconds(result.ms.typecheck),
    seconds(result.ms.build),
    seconds(result.ms.browser),
    result.mockNode,
  ])
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  )
}

async function main(work: string): Promise<void> {
  const requested = process.argv.slice(2).filter((arg) => arg !== '--')
  const apps = requested.length > 0 ? requested : ALL_APPS
  for (const app of apps) {
    if (!ALL_APPS.includes(app)) {
      throw new Error(`unknown app ${app}; one of ${ALL_APPS.join(', ')}`)
    }
  }
  log(`packing ${PACKAGES.join(', ')} (prepack builds each) into ${work}`)
  const packed = await packAll(work)
  log(`packed and checked in ${seconds(packed.ms)}`)

  const prepared = await Promise.all(apps.map((app) => prepareApp(app, work, packed.tarballs)))
  const results: AppResult[] = []
  for (const [i, app] of apps.entries()) {
    const { dir, ms } = prepared[i] as (typeof prepared)[number]
    log(`${app}: mock + preview + Chromium`)
    const browsed = await browse(app, dir)
    log(
      `${app}: browser checks passed in ${seconds(browsed.ms)} (mock on node ${browsed.mockNode})`,
    )
    results.push({
      app,
      ms: { ...ms, browser: browsed.ms },
      ...(await assetSizes(join(dir, 'dist'))),
      mockNode: browsed.mockNode,
    })
  }
  process.stdout.write(`\n${table(results)}\n\n`)
  await mkdir(join(ROOT, '.reports'), { recursive: true })
  await writeFile(
    join(ROOT, '.reports', 'consumers.json'),
    `${JSON.stringify({ packMs: packed.ms, results }, null, 2)}\n`,
  )
}

const begin = performance.now()
const work = await mkdtemp(join(tmpdir(), 'aura-consumers-'))

/** Kills every child, removes the temp dir and exits; later calls (a failing step) are ignored. */
async function finish(code: number, reason?: string): Promise<void> {
  if (finishing) {
    return
  }
  finishing = true
  if (reason) {
    process.stderr.write(`[consumers] FAILED: ${reason}\n`)
  }
  await cleanup()
  if (!KEEP_TMP) {
    await rm(work, { recursive: true, force: true }).catch(() => {})
  }
  log(`${code === 0 ? 'passed' : 'failed'} in ${seconds(performance.now() - begin)}`)
  process.exit(code)
}

const bound = setTimeout(() => {
  void finish(1, `time bound of ${seconds(TIME_LIMIT_MS)} exceeded (CONSUMERS_TIMEOUT_MS)`)
}, TIME_LIMIT_MS)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // A second signal while cleaning up leaves at once.
  process.on(signal, () =>
    finishing ? process.exit(130) : void finish(130, `interrupted by ${signal}`),
  )
}

try {
  await main(work)
  clearTimeout(bound)
  await finish(0)
} catch (error) {
  clearTimeout(bound)
  await finish(1, message(error))
}
