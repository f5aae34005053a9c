/**
 * claims:check — flags promises of efficacy or safety in the column's text (the command line;
 * scripts/claims-check.ts is its entry point).
 *
 *   tsx scripts/claims-check.ts [--drafts] [--locale ja|en] [--json]      the CMS's content
 *   tsx scripts/claims-check.ts --text-file FILE --locale ja|en [--json]  a text file
 *   tsx scripts/claims-check.ts --store                                   stores every document's
 *     findings on it (claimsReview), for documents saved before the guard stored them
 *
 * Exit codes: 0 clean or warnings only (--store: stored), 1 at least one error finding, 2 when the check could not
 * run (usage, file, configuration or database problem: one line on stderr).
 *
 * The database is found inside this command (tooling/database/script-payload.ts) rather than by
 * running it under scripts/with-database.ts, which would start or require a PostgreSQL even for
 * --text-file: the text mode must run at once, with no database at all. For the same reason the
 * Payload config is imported only in database mode, through import().
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { loadClaimsMatcher } from '../../lib/claims/check'
import { checkLines, formatHuman, toJson } from './text-report'

class UsageError extends Error {}

type Locale = 'ja' | 'en'

type Options =
  | { mode: 'text'; textFile: string; locale: Locale; json: boolean }
  | { mode: 'database'; locale?: Locale; drafts: boolean; json: boolean }
  | { mode: 'store' }

function parseOptions(argv: string[]): Options {
  let values: { 'text-file'?: string; locale?: string; json?: boolean; drafts?: boolean; store?: boolean }
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        'text-file': { type: 'string' },
        locale: { type: 'string' },
        json: { type: 'boolean' },
        drafts: { type: 'boolean' },
        store: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  if (values.store) {
    const others = (['text-file', 'locale', 'json', 'drafts'] as const).filter((name) => values[name] !== undefined)
    if (others.length > 0) throw new UsageError(`--store takes no other option (got --${others[0]})`)
    return { mode: 'store' }
  }
  const locale = parseLocale(values.locale)
  const json = values.json ?? false
  if (values['text-file'] === undefined) return { mode: 'database', locale, drafts: values.drafts ?? false, json }
  if (values.drafts) throw new UsageError('--drafts is for checking the CMS, not --text-file')
  if (locale === undefined) throw new UsageError('--locale is required (ja or en)')
  return { mode: 'text', textFile: values['text-file'], locale, json }
}

function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined || value === 'ja' || value === 'en') return value
  throw new UsageError(`--locale must be ja or en (got "${value}")`)
}

// Node's messages run to several sentences; the CLI promises one line naming the problem.
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const quoted = /'([^']+)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted ?? message}`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${quoted ?? message}"`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${quoted?.split(' ')[0] ?? 'an option'} needs a value`
  }
  return message.split('\n')[0]!
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`file not found: ${file}`)
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`)
  }
}

async function checkTextFile(options: Extract<Options, { mode: 'text' }>): Promise<number> {
  const text = readText(options.textFile)
  await loadClaimsMatcher()
  const findings = checkLines(text, options.locale)
  process.stdout.write(options.json ? toJson(findings) : formatHuman(findings, options.textFile))
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

async function checkDatabase(options: Extract<Options, { mode: 'database' }>): Promise<number> {
  const { startScriptPayload } = await import('../database/script-payload')
  const { checkContent } = await import('./published-content')
  const { contentToJson, formatContentHuman, hasErrors } = await import('./content-report')
  const { payload, stop } = await startScriptPayload()
  try {
    const { env } = await import('../../lib/env')
    const check = await checkContent(payload, {
      siteUrl: env.SITE_URL,
      drafts: options.drafts,
      locales: options.locale ? [options.locale] : undefined,
    })
    process.stdout.write(options.json ? contentToJson(check) : formatContentHuman(check))
    return hasErrors(check) ? 1 : 0
  } finally {
    await stop()
  }
}

async function storeDatabase(): Promise<number> {
  const { startScriptPayload } = await import('../database/script-payload')
  const { storeFindings } = await import('./store-findings')
  const { payload, stop } = await startScriptPayload()
  try {
    const { stored, withErrors } = await storeFindings(payload)
    process.stdout.write(`Stored the findings of ${stored} document locales; ${withErrors} with errors to review.\n`)
    return 0
  } finally {
    await stop()
  }
}

/** Runs the check on the command line's arguments; the exit code is the answer. */
export async function runClaimsCheck(argv: string[]): Promise<number> {
  try {
    const options = parseOptions(argv)
    if (options.mode === 'store') return await storeDatabase()
    return await (options.mode === 'text' ? checkTextFile(options) : checkDatabase(options))
  } catch (error) {
    return failed(error)
  }
}

// Exit 1 is kept for error findings: whatever stops the check, expected or not, exits 2.
function failed(error: unknown): number {
  // By name: ScriptSetupError's module is loaded only in database mode.
  const expected = error instanceof UsageError || (error as Error).name === 'ScriptSetupError'
  const message = expected ? (error as Error).message : ((error as Error).stack ?? String(error))
  process.stderr.write(`claims:check: ${message}\n`)
  return 2
}
