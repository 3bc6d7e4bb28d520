import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = promisify(execFile)

// Token-looking values in every place a careless build could pick them up from.
const SECRETS = {
  VITE_AURA_TOKEN: 'tok_e2e_leak_check_vite_aura_token',
  VITE_AURA_API_TOKEN: 'tok_e2e_leak_check_vite_aura_api_token',
  VITE_TOKEN: 'tok_e2e_leak_check_vite_token',
  VITE_AURA_API_KEY: 'aura_pk_live_leak_check_api_key',
  AURA_TOKEN: 'tok_e2e_leak_check_aura_token',
}
const API_URL = 'https://proxy.leak-check.example'

let outDir: string

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'aura-demo-build-'))
  await run(
    'pnpm',
    ['exec', 'vite', 'build', '--configLoader', 'native', '--outDir', outDir, '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, ...SECRETS, VITE_AURA_API_URL: API_URL } },
  )
}, 120_000)

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true })
})

test('a build made with token-looking env vars holds none of them', async () => {
  const files = await filesUnder(outDir)
  expect(files.some((file) => file.endsWith('.js'))).toBe(true)
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(text.includes(value), `${name} leaked into ${file}`).toBe(false)
    }
  }
})

test('the same build did see its env: the API URL it is meant to read is in the bundle', async () => {
  const bundles = (await filesUnder(outDir)).filter((file) => file.endsWith('.js'))
  const texts = await Promise.all(bundles.map((file) => readFile(file, 'utf8')))
  expect(texts.some((text) => text.includes(API_URL))).toBe(true)
})

test('the app reads no env var but VITE_AURA_API_URL', async () => {
  const sources = (await filesUnder(join(root, 'src'))).filter((file) => /\.tsx?$/.test(file))
  const keys = new Set<string>()
  for (const file of sources) {
    const text = await readFile(file, 'utf8')
    expect(text, `${file} reads import.meta.env as a whole`).not.toMatch(
      /import\.meta\.env(?!\.[A-Z_])/,
    )
    for (const match of text.matchAll(/import\.meta\.env\.([A-Z0-9_]+)/g)) {
      keys.add(match[1] as string)
    }
  }
  expect([...keys]).toEqual(['VITE_AURA_API_URL'])
})
