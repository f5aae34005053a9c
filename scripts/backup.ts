/**
 * `npm run backup [-- --output DIR] [--media-dir DIR]`: the database and the uploaded files in
 * one archive with a manifest (see tooling/backup/create-backup.ts). The database is DATABASE_URL,
 * or the embedded development cluster; pg_dump must be at least the server's version.
 */
import { backupFromCommandLine } from '../tooling/backup/command-line'

process.exit(await backupFromCommandLine(process.argv.slice(2)))
