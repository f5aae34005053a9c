/**
 * The app's configuration, parsed from the environment once at start. A missing or malformed
 * value stops the process with one line naming the variable, not a stack trace from deep
 * inside a database driver. Nothing else in the app reads `process.env`.
 */
import { ConfigError, parseEnv, type Env } from './env-schema'

export type { Env }

/**
 * `next build` evaluates the Payload config to collect routes but never connects to the
 * database, so a build machine needs neither a DATABASE_URL nor the production secret.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

const placeholderForBuild = {
  DATABASE_URL: 'postgres://build:build@127.0.0.1:5432/build-placeholder',
  PAYLOAD_SECRET: 'build-phase-placeholder-secret-not-used-at-runtime',
}

function loadEnv(): Env {
  const raw = isBuildPhase() ? { ...placeholderForBuild, ...process.env } : process.env
  try {
    return parseEnv(raw)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // One clear line and a non-zero exit: a stack trace would bury the variable's name.
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
}

export const env: Env = loadEnv()

if (env.usingGeneratedSecret && env.NODE_ENV === 'development' && !isBuildPhase()) {
  console.warn(
    'PAYLOAD_SECRET is not set: using a generated development secret (sessions end when the server restarts).',
  )
}

/**
 * Whether this code runs inside a Next.js server (Next sets NEXT_RUNTIME), where its page cache
 * exists; scripts and tests run the same code without one.
 */
export function insideNextServer(): boolean {
  return Boolean(process.env.NEXT_RUNTIME)
}
