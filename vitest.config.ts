import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { chromiumLaunchOptions } from './scripts/chromium.ts'

// Workspace packages resolve to their TypeScript source through this export condition,
// so tests never need a build first.
const sourceCondition = '@aura-kit/source'
/** What the kit's lazily loaded parts import (browser projects pre-bundle them up front). */
const LAZY_DEPENDENCIES = ['radix-ui/dropdown-menu']
const react18 = (name: string) =>
  fileURLToPath(new URL(`./tests/react18/node_modules/${name}`, import.meta.url))
// Every package that imports React resolves from tests/react18, where pnpm peers it with React 18.
const onReact18 = {
  alias: [
    // radix-ui's subpaths (`radix-ui/slot`) are `exports` entries, not folders: alias to the file.
    { find: /^radix-ui\/([\w-]+)$/, replacement: `${react18('radix-ui')}/dist/$1.mjs` },
    ...[
      'react',
      'react-dom',
      '@tanstack/react-query',
      '@testing-library/react',
      '@tanstack/react-table',
      '@tanstack/react-virtual',
      'radix-ui',
    ].map((name) => ({ find: new RegExp(`^${name}(/.*)?$`), replacement: `${react18(name)}$1` })),
  ],
}

export default defineConfig({
  resolve: { conditions: [sourceCondition, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [sourceCondition, 'module', 'node', 'development|production'] } },
  test: {
    restoreMocks: true,
    // A ceiling for a 2-core CI machine running jsdom and browsers side by side, not a speed check.
    testTimeout: 20_000,
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
          setupFiles: ['packages/hooks/src/test-utils/cleanup.ts'],
        },
      },
      {
        // The same hook tests on React 18, which the peer range still supports.
        extends: true,
        resolve: onReact18,
        test: {
          name: 'hooks-react18',
          environment: 'jsdom',
          provide: { reactMajor: '18' },
          include: ['packages/hooks/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/hooks/src/test-utils/cleanup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          provide: { reactMajor: '19' },
          include: ['packages/ui/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/ui/src/test-utils/setupDom.ts'],
        },
      },
      {
        // The component tests again on React 18, which the peer range still supports.
        extends: true,
        resolve: onReact18,
        test: {
          name: 'ui-react18',
          environment: 'jsdom',
          provide: { reactMajor: '18' },
          include: ['packages/ui/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/ui/src/test-utils/setupDom.ts'],
        },
      },
      {
        // The benchmark's pure parts (stats, report, data); the benchmark itself is `pnpm bench`.
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: ['apps/bench/{src,runner}/**/*.test.ts'],
        },
      },
      {
        // Type tests (*.test-d.ts), checked by tsc and never run. tsconfig.types.json builds two
        // programs, because a `declare module` augmentation reaches a whole program: the host
        // that registers its own react-query error type is checked apart from everything else.
        extends: true,
        test: {
          name: 'types',
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/*/src/**/*.test-d.ts', 'packages/*/type-tests/**/*.test-d.ts'],
            tsconfig: 'tsconfig.types.json',
            build: true,
          },
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
        // Menus load on first open (a dynamic import): found mid-run, their dependency would make
        // Vite optimize again and reload the page under a running story (two Reacts).
        optimizeDeps: { include: LAZY_DEPENDENCIES },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              // Entry animations (the sheet's slide-in) would make visibility and contrast checks
              // depend on timing; users who ask for reduced motion get the same still frames.
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The kit under host stylesheets (Bootstrap 5, Tailwind v4's preflight, a hostile reset)
        // and the host under the kit's: computed styles and pixels in Debian's Chromium.
        extends: true,
        optimizeDeps: { include: LAZY_DEPENDENCIES },
        test: {
          name: 'style-isolation',
          include: ['tests/style-isolation/**/*.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
