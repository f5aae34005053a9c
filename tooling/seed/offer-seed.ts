/**
 * On `npm run dev` with an empty database, offer the demo content: asked at a terminal,
 * suggested otherwise. Never seeds without asking.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import pg from 'pg'

async function hasNoEpisodes(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: number }>('select count(*)::int as count from episodes')
    return rows[0]!.count === 0
  } finally {
    await client.end()
  }
}

async function askYes(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = (await terminal.question(question)).trim().toLowerCase()
    return answer === '' || answer === 'y' || answer === 'yes'
  } finally {
    terminal.close()
  }
}

function runSeed(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [path.resolve('scripts/seed.ts')], {
      stdio: 'inherit',
      env,
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

export async function offerSeed(env: NodeJS.ProcessEnv): Promise<void> {
  if (!(await hasNoEpisodes(env.DATABASE_URL!))) return
  if (!process.stdin.isTTY) {
    console.log('The database has no content yet: run "npm run seed" for the demo series, glossary and disclaimer.')
    return
  }
  if (await askYes('The database has no content yet. Load the demo content (npm run seed)? [Y/n] ')) {
    await runSeed(env)
  }
}
