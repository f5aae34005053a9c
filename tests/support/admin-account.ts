/**
 * The first administrator of a production test server, made as an operator makes it:
 * `scripts/create-admin.ts` (npm run create-admin) with NODE_ENV=production, on the server's
 * database. The admin's first-user form is closed in production.
 */
import { runScript } from '../../tooling/server/production-server'

export function createAdminWithCommand(options: {
  databaseUrl: string
  secret: string
  siteUrl: string
  email: string
  password: string
}): void {
  runScript('scripts/create-admin.ts', [], {
    databaseUrl: options.databaseUrl,
    secret: options.secret,
    env: {
      NODE_ENV: 'production',
      SITE_URL: options.siteUrl,
      ADMIN_EMAIL: options.email,
      ADMIN_PASSWORD: options.password,
    },
  })
}
