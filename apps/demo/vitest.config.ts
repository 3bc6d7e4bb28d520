import { defineConfig } from 'vitest/config'

// The demo's own Node tests (pure modules, the mock plugin, the built bundle); the browser flows
// are the Playwright suite in /e2e.
export default defineConfig({
  resolve: { conditions: ['@aura-kit/source', 'module', 'node', 'development|production'] },
  ssr: {
    resolve: { conditions: ['@aura-kit/source', 'module', 'node', 'development|production'] },
  },
  test: {
    name: 'demo',
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'mock/**/*.test.ts', 'test/**/*.test.ts'],
    restoreMocks: true,
  },
})
