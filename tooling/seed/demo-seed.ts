/**
 * `npm run dev` on an empty development database loads the demo content by itself (scripts/seed.ts,
 * as `npm run seed` does), so the first page a newcomer opens is the column. It says so in one
 * line; SKIP_DEMO_SEED=true skips it; outside development (production, tests) it never happens.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'

import { parseToolingEnv } from '../../lib/env-schema'

/**
 * The collections whose rows are the site's content: one row in any of them and the database is
 * not empty (users are not content: an admin made with `npm run create-admin` first still gets
 * the demo). tests/int/dev-demo-seed.test.ts keeps this list equal to the config's collections.
 */
export const contentCollections = [
  'episodes',
  'series',
  'therapy-categories',
  'authors',
  'media',
  'glossary-terms',
  'pages',
  'inquiries',
  'disclaimers',
] as const

export type DemoSeedDecision =
  { seed: true; line: string } | { seed: false; reason: 'has-content' | 'not-development' | 'skipped'; line?: string }

/**
 * Whether the dev runner loads the demo content. Pure, so that every combination is tested:
 * only in development (NODE_ENV unset or `development`), only on a database without content,
 * and not when SKIP_DEMO_SEED=true.
 */
export function decideDemoSeed(input: {
  nodeEnv: string | undefined
  skipDemoSeed: boolean
  contentRows: number
}): DemoSeedDecision {
  if (input.contentRows > 0) return { seed: false, reason: 'has-content' }
  if (input.nodeEnv !== undefined && input.nodeEnv !== 'development') {
    return {
      seed: false,
      reason: 'not-development',
      line: `The database has no content; NODE_ENV=${input.nodeEnv}, so the demo content is not loaded (it is for development only).`,
    }
  }
  if (input.skipDemoSeed) {
    return {
      seed: false,
      reason: 'skipped',
      line: 'The database has no content; SKIP_DEMO_SEED=true, so the demo content is not loaded ("npm run seed" loads it).',
    }
  }
  return {
    seed: true,
    line: 'The database has no content: loading the demo content (as "npm run seed" does; SKIP_DEMO_SEED=true skips this).',
  }
}

/** Rows in the content collections' tables (Payload names a table after its slug, in snake case). */
export async function countContentRows(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const counts = contentCollections.map((slug) => `(select count(*) from "${slug.replaceAll('-', '_')}")`).join(' + ')
    const { rows } = await client.query<{ count: number }>(`select (${counts})::int as count`)
    return rows[0]!.count
  } finally {
    await client.end()
  }
}

function runSeed(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    // Its output (what was created, and the generated admin password, shown only then) goes to the terminal.
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/seed.ts')], {
      stdio: 'inherit',
      env,
    })
    child.on('error', () => resolve(127))
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

/**
 * The dev runner's step after migrations. A failed seed does not stop `next dev`: the seed has
 * said why, and the column starts empty.
 */
export async function seedDemoContentWhenEmpty(env: NodeJS.ProcessEnv): Promise<void> {
  const tooling = parseToolingEnv(env)
  const decision = decideDemoSeed({
    nodeEnv: tooling.NODE_ENV,
    skipDemoSeed: tooling.SKIP_DEMO_SEED === 'true',
    contentRows: await countContentRows(env.DATABASE_URL!),
  })
  if (decision.line) console.log(decision.line)
  if (!decision.seed) return
  const exitCode = await runSeed(env)
  if (exitCode !== 0) {
    console.error(
      `Loading the demo content failed (exit code ${exitCode}): starting with an empty database; "npm run seed" tries again.`,
    )
  }
}
