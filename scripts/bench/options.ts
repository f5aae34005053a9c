/** The command line of `npm run bench`: how long and how hard each page is loaded. */
import { parseArgs } from 'node:util'

export const USAGE = 'usage: npm run bench [-- --duration SECONDS] [--connections N] [--edits N] [--reuse-build]'

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface BenchOptions {
  /** Seconds of measured load per scenario, after a short warm-up. */
  durationSeconds: number
  /** Concurrent connections autocannon keeps open. */
  connections: number
  /** How many times each publish-to-live edit is timed. */
  edits: number
  /** Skip `next build` when an earlier run left its build in .next-bench. */
  reuseBuild: boolean
  help: boolean
}

function positiveWholeNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (/^[1-9][0-9]*$/.test(value)) return Number(value)
  throw new UsageError(`--${flag} must be a positive whole number (got "${value}"); ${USAGE}`)
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        duration: { type: 'string' },
        connections: { type: 'string' },
        edits: { type: 'string' },
        'reuse-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`)
  }
  return {
    durationSeconds: positiveWholeNumber('duration', parsed.duration, 10),
    connections: positiveWholeNumber('connections', parsed.connections, 10),
    edits: positiveWholeNumber('edits', parsed.edits, 5),
    reuseBuild: parsed['reuse-build'] ?? false,
    help: parsed.help ?? false,
  }
}
