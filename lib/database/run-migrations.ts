/** Applies the committed migrations with Payload's own CLI, as production does. */
import { spawn } from 'node:child_process'
import path from 'node:path'

export interface MigrationRun {
  exitCode: number
  /** What the CLI printed; captured only when `quiet`. */
  output: string
}

export function runMigrations(env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}): Promise<MigrationRun> {
  const payloadBin = path.resolve('node_modules/.bin/payload')
  return new Promise((resolve) => {
    const child = spawn(payloadBin, ['migrate'], {
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env,
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ exitCode: code ?? 1, output }))
  })
}
