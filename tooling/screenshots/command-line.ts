/**
 * `npm run screenshots [-- --out DIRECTORY]`: the README's screenshots (tooling/screenshots/take.ts)
 * from the production build the browser tests use (COLUMN_DIST_DIR or .next; built when missing),
 * started as the browser tests start it, on a fresh database seeded with the demo content and an
 * admin of its own, dropped afterwards. Writes docs/screenshots/*.png by default.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import type { Credentials } from '../bench/admin-session'
import { ensureChromium } from '../browser/chromium'
import { ensureJapaneseFonts } from '../browser/japanese-fonts'
import { ensureBuild, runScript, startProductionServer } from '../server/production-server'

import { takeScreenshots } from './take'

const USAGE = 'usage: npm run screenshots [-- --out DIRECTORY]   (default docs/screenshots)'
const progress = (line: string) => process.stderr.write(`${line}\n`)

/** Exit code: 0 written (or --help), 1 failed, 2 bad usage, 130 interrupted. */
export async function runScreenshots(argv: string[], interruption: AbortSignal): Promise<number> {
  let directory: string
  try {
    const { values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    })
    if (values.help) {
      console.log(USAGE)
      return 0
    }
    directory = values.out ?? 'docs/screenshots'
  } catch (error) {
    progress(`${(error as Error).message.split('\n')[0]}; ${USAGE}`)
    return 2
  }
  try {
    ensureChromium()
    ensureJapaneseFonts()
    ensureBuild()
    const secret = randomBytes(32).toString('hex')
    const admin: Credentials = { email: 'admin@column.example', password: randomBytes(16).toString('hex') }
    progress('Starting next start (NODE_ENV=production) on a fresh database with the demo content...')
    const server = await startProductionServer({
      secret,
      databasePrefix: 'column_screenshots',
      signal: interruption,
      seed: (databaseUrl) =>
        runScript('scripts/seed.ts', [], {
          databaseUrl,
          secret,
          env: { SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password },
        }),
    })
    try {
      const written = await takeScreenshots({
        baseUrl: server.baseUrl,
        directory,
        admin,
        progress,
        signal: interruption,
      })
      progress(`Wrote ${written.length} screenshots to ${directory}.`)
    } finally {
      await server.stop()
    }
    return 0
  } catch (error) {
    const interrupted = interruption.aborted
    progress(interrupted ? 'Screenshots interrupted.' : `Screenshots failed: ${(error as Error).message}`)
    return interrupted ? 130 : 1
  }
}
