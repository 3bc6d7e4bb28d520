import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript source through this export condition,
// so tests never need a build first.
const sourceCondition = '@aura-kit/source'

export default defineConfig({
  resolve: { conditions: [sourceCondition, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [sourceCondition, 'module', 'node', 'development|production'] } },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'client', environment: 'node', include: ['packages/client/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'mock-api',
          environment: 'node',
          include: ['packages/mock-api/src/**/*.test.ts'],
        },
      },
    ],
  },
})
