import { defineConfig } from 'vitest/config'

import { sharedConfig } from './vitest.config.ts'

// Browser tests against a production build on a fresh database: `npm run test:e2e`.
export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
