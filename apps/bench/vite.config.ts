import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { CONTENDERS } from './src/contenders.ts'

const page = (id: string) => fileURLToPath(new URL(`./pages/${id}.html`, import.meta.url))

// Workspace packages resolve to their TypeScript source (the `@aura-kit/source` condition),
// so the pages need no prior build of packages/*.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@aura-kit/source', 'module', 'browser', 'development|production'] },
  build: {
    manifest: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: Object.fromEntries(CONTENDERS.map((contender) => [contender.id, page(contender.id)])),
    },
  },
})
