/**
 * `npm run restore -- <file> [--force] [--media-dir DIR]`: puts a backup made by `npm run backup`
 * back into an empty database and media directory; `--force` replaces what they hold (see
 * tooling/backup/restore-backup.ts). Stop the app first.
 */
import { restoreFromCommandLine } from '../tooling/backup/command-line'

process.exit(await restoreFromCommandLine(process.argv.slice(2)))
