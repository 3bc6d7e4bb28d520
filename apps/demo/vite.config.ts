import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { mockApiPlugin } from './mock/mockApiPlugin.ts'
import { mockOptionsFromEnv } from './mock/mockOptionsFromEnv.ts'

// Workspace packages resolve to their TypeScript source (the `@aura-kit/source` condition), so
// the demo needs no prior build of packages/*.
export default defineConfig({
  plugins: [react(), mockApiPlugin(() => mockOptionsFromEnv(process.env))],
  resolve: { conditions: ['@aura-kit/source', 'module', 'browser', 'development|production'] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  // One chunk of about 600 kB (React, the router, TanStack, valibot, Radix): fine for a demo.
  build: { reportCompressedSize: false, sourcemap: true, chunkSizeWarningLimit: 1024 },
})
