/**
 * `npm run create-admin`: an administrator account, from ADMIN_EMAIL and ADMIN_PASSWORD or asked
 * for in the terminal (see tooling/accounts/create-admin.ts). How the first admin is made in production.
 */
import { createAdminFromCommandLine } from '../tooling/accounts/create-admin'

// Payload's database pool stays open after the work is done: the command ends the process.
process.exit(await createAdminFromCommandLine(process.env))
