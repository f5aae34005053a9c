/**
 * Settings the benchmarks take from docker-compose.yml, so that they measure the app as deployed
 * rather than a copy of its settings that could drift.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The app service's NODE_OPTIONS (its heap ceiling), read from the one line that sets it. */
export function composeAppNodeOptions(composeFile = path.resolve('docker-compose.yml')): string {
  const line = /^\s+NODE_OPTIONS:\s*(.+?)\s*$/m.exec(readFileSync(composeFile, 'utf8'))
  if (!line) throw new Error(`${composeFile} sets no NODE_OPTIONS for the app`)
  return line[1]!.replace(/^["']|["']$/g, '')
}
