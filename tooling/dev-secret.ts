/**
 * A development-only PAYLOAD_SECRET kept under `.data/`, so that admin sessions survive a
 * restart of `npm run dev`. Production never gets here: it must set its own secret.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function readOrCreateDevSecret(directory = '.data'): { secret: string; created: boolean } {
  const file = path.resolve(directory, 'dev-payload-secret')
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), created: false }
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return { secret, created: true }
}
