import { defineMain } from '@storybook/react-vite/node'
import { defaultClientConditions } from 'vite'

export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/ui/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      // Workspace packages resolve to their TypeScript source, as in the root vitest config.
      conditions: ['@aura-kit/source', ...defaultClientConditions],
    },
  }),
})
