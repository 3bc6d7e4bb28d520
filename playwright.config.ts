import { createServer } from 'node:net'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium.ts'

const CI = Boolean(process.env.CI)

/** A port the OS says is free now; the preview server takes it a moment later. */
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

// Workers load this file again: the port is picked once, in the runner, and inherited by them.
process.env.AURA_E2E_PORT ??= String(await freePort())
const port = Number(process.env.AURA_E2E_PORT)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/test-results',
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  reporter: CI
    ? [['list'], ['html', { outputFolder: 'e2e/artifacts/report', open: 'never' }]]
    : 'list',
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', testIgnore: /create-lead\.spec\.ts$/ },
    // Creating leads changes the one shared mock (list totals, the first row), so those tests
    // run after every other test, one at a time, and reset the seeded data around them.
    {
      name: 'creates-data',
      testMatch: /create-lead\.spec\.ts$/,
      dependencies: ['chromium'],
      fullyParallel: false,
    },
  ],
  // The built demo (`pnpm run test:e2e` builds it first) with its embedded mock, sized down so
  // a test can scroll to the end of every list.
  webServer: {
    command: `pnpm --filter @aura-kit/demo run preview --port ${port} --strictPort`,
    url: `${baseURL}/health`,
    reuseExistingServer: !CI,
    env: {
      AURA_MOCK_LEADS: '400',
      AURA_MOCK_CALLS: '300',
      AURA_MOCK_OCTANIST_LEADS: '400',
      // Tests add 429s on purpose (x-mock-* headers); the real limit would make them flaky.
      AURA_MOCK_RATE_LIMIT: 'off',
    },
    timeout: 60_000,
  },
})
