/** Applies the committed migrations with Payload's own CLI, as production does. */
import { spawn } from 'node:child_process'
import path from 'node:path'

export function runMigrations(env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}): Promise<number> {
  const payloadBin = path.resolve('node_modules/.bin/payload')
  return new Promise((resolve) => {
    const child = spawn(payloadBin, ['migrate'], {
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env,
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      if (code !== 0 && options.quiet) process.stderr.write(output)
      resolve(code ?? 1)
    })
  })
}
