import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript source through this export condition,
// so tests never need a build first.
const sourceCondition = '@aura-kit/source'
const react18 = (name: string) =>
  fileURLToPath(new URL(`./tests/react18/node_modules/${name}`, import.meta.url))

export default defineConfig({
  resolve: { conditions: [sourceCondition, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [sourceCondition, 'module', 'node', 'development|production'] } },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'client',
          environment: 'node',
          include: ['packages/client/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'mock-api',
          environment: 'node',
          include: ['packages/mock-api/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'hooks',
          environment: 'jsdom',
          provide: { reactMajor: '19' },
          include: ['packages/hooks/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The same hook tests on React 18, which the peer range still supports.
        extends: true,
        resolve: {
          alias: ['react', 'react-dom', '@tanstack/react-query', '@testing-library/react'].map(
            (name) => ({ find: new RegExp(`^${name}(/.*)?$`), replacement: `${react18(name)}$1` }),
          ),
        },
        test: {
          name: 'hooks-react18',
          environment: 'jsdom',
          provide: { reactMajor: '18' },
          include: ['packages/hooks/src/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['packages/ui/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/ui/src/test-utils/setupDom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: ['packages/client/contract/**/*.test.ts'],
        },
      },
      {
        // Every story in .storybook/main.ts as a test in headless Chromium (Debian's), with an axe check.
        extends: true,
        plugins: [
          storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
        ],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
