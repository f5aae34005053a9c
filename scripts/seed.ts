/**
 * `npm run seed [-- --without-admin]`: demo content in Japanese and English (see tooling/seed). Safe
 * to run again: what exists is left alone. The admin's password is printed once when generated.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '../lib/env'
import { seed } from '../tooling/seed/seed'

const payload = await getPayload({ config })
try {
  const report = await seed(payload, {
    email: env.SEED_ADMIN_EMAIL,
    password: env.SEED_ADMIN_PASSWORD,
    createAdmin: !process.argv.includes('--without-admin'),
  })
  console.log(`Seed: created ${report.created.length}, already present ${report.skipped.length}.`)
  if (report.admin) {
    console.log(`Admin account: ${report.admin.email}`)
    if (report.admin.password) console.log(`Password (shown only now): ${report.admin.password}`)
  }
  process.exit(0)
} catch (error) {
  // A refused field (SEED_ADMIN_PASSWORD against the password policy) says why.
  const fieldErrors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  const why = fieldErrors.map(({ path, message }) => ` ${path}: ${message}`).join('')
  console.error(`Seed failed: ${(error as Error).message}${why}`)
  process.exit(1)
}
