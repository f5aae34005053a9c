import path from 'node:path'
import { defineConfig, type ViteUserConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

/** Module resolution and JSX, shared with the end-to-end config. */
export const sharedConfig: ViteUserConfig = {
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      '@/': `${root}/`,
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
}

export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/int/**/*.test.{ts,tsx}'],
    // One fresh PostgreSQL database per run, migrated from migrations/ and dropped afterwards.
    globalSetup: ['tests/setup/database.ts'],
    setupFiles: ['tests/setup/environment.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
