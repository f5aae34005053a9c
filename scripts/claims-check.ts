/**
 * `npm run claims:check`: flags promises of efficacy or safety in the column's content or in a
 * text file (usage and exit codes: tooling/claims/command-line.ts).
 */
import { runClaimsCheck } from '../tooling/claims/command-line'

// Should the event loop empty before the check finishes (an import() that never settles: see
// tooling/lexical-entry-condition.ts), the command must not pass as if clean.
process.once('beforeExit', () => {
  process.stderr.write('claims:check: stopped before the check could finish\n')
  process.exit(2)
})

// Database mode leaves timers behind in Payload and pg: end once the report is flushed.
void runClaimsCheck(process.argv.slice(2)).then((exitCode) => process.stdout.write('', () => process.exit(exitCode)))
