/**
 * Runs a command with a database ready:
 *   tsx scripts/with-database.ts [--migrate] [--offer-seed] -- <command>
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL under `.data/` and
 * stops it again when the command ends. With --migrate, applies committed migrations first;
 * with --offer-seed, offers the demo content when the database has none.
 */
import { spawn } from 'node:child_process'
import { readOrCreateDevSecret } from '../lib/dev-secret'
import { withLexicalEntryCondition } from '../lib/lexical-entry-condition'
import { provideDatabase } from '../lib/database/provide-database'
import { runMigrations } from '../lib/database/run-migrations'
import { offerSeed } from './offer-seed'

function parseArguments(argv: string[]) {
  const separator = argv.indexOf('--')
  const flags = separator === -1 ? argv : argv.slice(0, separator)
  const command = separator === -1 ? [] : argv.slice(separator + 1)
  if (command.length === 0) throw new Error('usage: with-database.ts [--migrate] [--offer-seed] -- <command> [args...]')
  return { migrate: flags.includes('--migrate'), offerSeed: flags.includes('--offer-seed'), command }
}

function developmentSecret(): Record<string, string> {
  if (process.env.PAYLOAD_SECRET || process.env.NODE_ENV === 'production') return {}
  const { secret, created } = readOrCreateDevSecret()
  if (created) console.log('PAYLOAD_SECRET is not set: generated a development secret in .data/dev-payload-secret')
  return { PAYLOAD_SECRET: secret }
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not run ${command[0]}: ${error.message}`)
      resolve(127)
    })
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

async function main(): Promise<number> {
  const { migrate, offerSeed: offerDemoContent, command } = parseArguments(process.argv.slice(2))
  const database = await provideDatabase({ embeddedDatabaseName: 'column', purpose: 'development' })
  if (database.embedded) console.log(`Using embedded PostgreSQL (data in ${database.dataDirectory}): ${database.url}`)
  // The commands run here (the Payload CLI, next dev, the seed) load the Payload config.
  const env = withLexicalEntryCondition({ ...process.env, ...developmentSecret(), DATABASE_URL: database.url })
  try {
    if (migrate) {
      const { exitCode } = await runMigrations(env)
      if (exitCode !== 0) return exitCode
    }
    if (offerDemoContent) await offerSeed(env)
    return await run(command, env)
  } finally {
    await database.stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    // One line: the messages from lib/database already name what is wrong and what to do.
    console.error(error.message)
    process.exit(1)
  },
)
