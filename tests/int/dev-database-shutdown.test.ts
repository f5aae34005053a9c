/**
 * `npm run dev` without DATABASE_URL: scripts/with-database.ts starts the embedded PostgreSQL,
 * runs the command, and stops the database with it, after the command, when the command ends on
 * its own and when we are asked to stop. The command here stands in for `next dev`: it takes two
 * seconds to finish after SIGTERM and checks the database is still there when it does.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const project = path.resolve('.')
// A checkout of its own: the dev cluster lives under the working directory's .data/.
const workingDirectory = mkdtempSync(path.join(tmpdir(), 'column-dev-shutdown-'))
// As root, the server runs as the postgres user, which must be able to enter it.
chmodSync(workingDirectory, 0o755)
const port = 55500 + Math.floor(Math.random() * 400)

writeFileSync(
  path.join(workingDirectory, 'command.mjs'),
  `import pg from ${JSON.stringify(path.join(project, 'node_modules/pg/lib/index.js'))}
async function databaseAnswers() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2000 })
  try { await client.connect(); await client.query('select 1'); return true } catch { return false } finally { await client.end().catch(() => {}) }
}
console.log('command: started, database ' + (await databaseAnswers() ? 'up' : 'down'))
if (process.argv[2] === 'finish') process.exit(0)
process.on('SIGTERM', async () => {
  await new Promise((resolve) => setTimeout(resolve, 2000))
  console.log('command: finishing, database ' + (await databaseAnswers() ? 'up' : 'down'))
  process.exit(0)
})
setInterval(() => {}, 1000)
`,
)

function devRunner(mode: 'finish' | 'wait') {
  // What `npm run dev` runs with: no DATABASE_URL (so the embedded PostgreSQL starts), development.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    EMBEDDED_POSTGRES_PORT: String(port),
  }
  const child = spawn(
    path.join(project, 'node_modules/.bin/tsx'),
    [
      '--tsconfig',
      path.join(project, 'tsconfig.json'),
      path.join(project, 'scripts/with-database.ts'),
      '--',
      'node',
      'command.mjs',
      mode,
    ],
    { cwd: workingDirectory, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

function listening(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

afterAll(() => rmSync(workingDirectory, { recursive: true, force: true }))

describe('the embedded PostgreSQL of npm run dev', () => {
  it('stops when the command ends on its own', { timeout: 90_000 }, async () => {
    const runner = devRunner('finish')
    expect(await runner.exited).toBe(0)
    expect(runner.output()).toContain('command: started, database up')
    expect(await listening()).toBe(false)
  })

  it('on SIGTERM, stops after the command has finished, not under it', { timeout: 90_000 }, async () => {
    const runner = devRunner('wait')
    await until(() => runner.output().includes('command: started'), 60_000)
    expect(await listening()).toBe(true)
    runner.child.kill('SIGTERM')
    expect(await runner.exited).toBe(0)
    expect(runner.output()).toContain('command: finishing, database up')
    expect(await listening()).toBe(false)
  })
})
