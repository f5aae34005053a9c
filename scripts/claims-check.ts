/**
 * claims:check — flags promises of efficacy or safety in the column's text.
 *
 *   tsx scripts/claims-check.ts --text-file FILE --locale ja|en [--json]
 *
 * Exit codes: 0 clean or warnings only, 1 at least one error finding, 2 usage or file problem.
 * Only the text mode exists so far; it must stay free of the Payload config so it runs without
 * a database.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { checkLines, formatHuman, toJson } from '../lib/claims/text-report'

class UsageError extends Error {}

interface Options {
  textFile: string
  locale: 'ja' | 'en'
  json: boolean
}

function parseOptions(argv: string[]): Options {
  let values: { 'text-file'?: string; locale?: string; json?: boolean }
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { 'text-file': { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  if (values['text-file'] === undefined) {
    throw new UsageError('checking published content needs --text-file for now')
  }
  if (values.locale === undefined) throw new UsageError('--locale is required (ja or en)')
  if (values.locale !== 'ja' && values.locale !== 'en') {
    throw new UsageError(`--locale must be ja or en (got "${values.locale}")`)
  }
  return { textFile: values['text-file'], locale: values.locale, json: values.json ?? false }
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

function main(argv: string[]): number {
  const options = parseOptions(argv)
  const findings = checkLines(readText(options.textFile), options.locale)
  process.stdout.write(options.json ? toJson(findings) : formatHuman(findings, options.textFile))
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  process.stderr.write(`claims:check: ${error.message}\n`)
  process.exitCode = 2
}
