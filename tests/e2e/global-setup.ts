/**
 * End-to-end runs exercise the production path: the `next build` output started with
 * NODE_ENV=production on an empty database, which Payload migrates on start (prodMigrations).
 */
import type { TestProject } from 'vitest/node'

import { TEST_SECRET } from '../setup/test-secret'
import { ensureBuild, runScript, startProductionServer } from '../../tooling/server/production-server'
import { ensureChromium } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The server's database, for scripts that play a part the browser cannot (the job queue). */
    databaseUrl: string
  }
}

/**
 * Demo content for the reader pages, plus a draft and a Japanese-only episode, and content large
 * enough to page through (paging-content.ts); no users, so the
 * admin still starts at its first-user page (tests/e2e/admin.test.ts creates the first admin with
 * `npm run create-admin`, as in production).
 */
function seedDemoContent(databaseUrl: string): void {
  runScript('scripts/seed.ts', ['--without-admin'], { databaseUrl, secret: TEST_SECRET })
  runScript('tests/e2e/seed-unpublished-content.ts', [], { databaseUrl, secret: TEST_SECRET })
  runScript('tests/e2e/seed-paging-content.ts', [], { databaseUrl, secret: TEST_SECRET })
}

export default async function setup(project: TestProject) {
  ensureChromium()
  ensureBuild()
  const server = await startProductionServer({ secret: TEST_SECRET, seed: seedDemoContent })
  project.provide('baseUrl', server.baseUrl)
  project.provide('databaseUrl', server.database.url)
  return server.stop
}
