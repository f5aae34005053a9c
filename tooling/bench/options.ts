/** The command line of `npm run bench`: how long and how hard each page is loaded, or a soak. */
import { parseArgs } from 'node:util'

export const USAGE =
  'usage: npm run bench [-- --duration SECONDS] [--connections N] [--edits N] [--reuse-build]\n' +
  '       npm run bench -- --soak [--soak-minutes N] [--connections N] [--publish-every SECONDS] [--reuse-build]\n' +
  '       npm run bench -- --page-experience [--reuse-build]\n' +
  '       npm run bench -- --claims'

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface SoakOptions {
  /** Measured minutes of load, after a warm-up. */
  minutes: number
  /** Seconds between two publishes by the simulated editor. */
  publishEverySeconds: number
}

export interface BenchOptions {
  /** Seconds of measured load per scenario, after a short warm-up. */
  durationSeconds: number
  /** Concurrent connections autocannon keeps open: the simulated readers of a soak. */
  connections: number
  /** How many times each publish-to-live edit is timed. */
  edits: number
  /** Skip `next build` when an earlier run left its build in .next-bench. */
  reuseBuild: boolean
  /** Set for a soak (`--soak`, or any `--soak-minutes`) instead of the scenarios. */
  soak?: SoakOptions
  /** Only the claims guard's figures (`--claims`): seconds, no build and no database. */
  claimsOnly: boolean
  /** Only LCP, CLS and page weight in Chromium (`--page-experience`): no load, no publishes. */
  pageExperienceOnly: boolean
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
        soak: { type: 'boolean' },
        'soak-minutes': { type: 'string' },
        'publish-every': { type: 'string' },
        claims: { type: 'boolean' },
        'page-experience': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`)
  }
  const soaking = parsed.soak === true || parsed['soak-minutes'] !== undefined
  if (parsed.claims && (soaking || Object.keys(parsed).some((flag) => !['claims', 'help'].includes(flag)))) {
    throw new UsageError(`--claims takes no other option; ${USAGE}`)
  }
  const setFlags = Object.keys(parsed)
  if (
    parsed['page-experience'] &&
    setFlags.some((flag) => !['page-experience', 'reuse-build', 'help'].includes(flag))
  ) {
    throw new UsageError(`--page-experience takes only --reuse-build; ${USAGE}`)
  }
  if (!soaking && parsed['publish-every'] !== undefined) {
    throw new UsageError(`--publish-every belongs to a soak (--soak); ${USAGE}`)
  }
  return {
    durationSeconds: positiveWholeNumber('duration', parsed.duration, 10),
    // The soak: 50 concurrent readers; the scenarios: 10 connections each.
    connections: positiveWholeNumber('connections', parsed.connections, soaking ? 50 : 10),
    edits: positiveWholeNumber('edits', parsed.edits, 5),
    reuseBuild: parsed['reuse-build'] ?? false,
    soak: soaking
      ? {
          minutes: positiveWholeNumber('soak-minutes', parsed['soak-minutes'], 10),
          publishEverySeconds: positiveWholeNumber('publish-every', parsed['publish-every'], 10),
        }
      : undefined,
    claimsOnly: parsed.claims ?? false,
    pageExperienceOnly: parsed['page-experience'] ?? false,
    help: parsed.help ?? false,
  }
}
