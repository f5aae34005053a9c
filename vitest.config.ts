import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@/': `${root}/`,
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/int/**/*.test.{ts,tsx}'],
    // One fresh PostgreSQL database per run, migrated from migrations/ and dropped afterwards.
    globalSetup: ['tests/setup/database.ts'],
    setupFiles: ['tests/setup/environment.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
