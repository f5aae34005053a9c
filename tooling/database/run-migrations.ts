/** Applies the committed migrations (scripts/migrate.ts) in a child process with the given environment. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { withLexicalEntryCondition } from '../lexical-entry-condition'

export interface MigrationRun {
  exitCode: number
  /** What the CLI printed; captured only when `quiet`. */
  output: string
}

export function runMigrations(env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}): Promise<MigrationRun> {
  const tsx = path.resolve('node_modules/.bin/tsx')
  return new Promise((resolve) => {
    const child = spawn(tsx, [path.resolve('scripts/migrate.ts')], {
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: withLexicalEntryCondition(env),
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ exitCode: code ?? 1, output }))
  })
}
