/**
 * Runs a command with a database ready (DATABASE_URL, or the embedded PostgreSQL under `.data/`):
 *   tsx scripts/with-database.ts [--migrate] [--seed-when-empty] -- <command>
 * What the flags do, the exit codes and the handling of Ctrl-C and SIGTERM: tooling/database/with-database.ts.
 */
import { runWithDatabase } from '../tooling/database/with-database'

// The signal handlers stay with the runner rather than here: they can only replace the embedded
// PostgreSQL's own once it has been loaded, which happens inside, when no DATABASE_URL is set.
void runWithDatabase(process.argv.slice(2)).then((exitCode) => process.exit(exitCode))
