/**
 * Run by consultation.test.ts on its server's database, after the demo seed (which publishes the
 * privacy policy and the consultation page with the form block in both languages): the accounts,
 * an admin, then a member of the consultation staff.
 * Arguments: the consultation staff's e-mail address and password.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [staffEmail, password] = process.argv.slice(2) as [string, string]
const payload = await getPayload({ config })

try {
  await payload.create({
    collection: 'users',
    data: { email: 'consultation-admin@example.com', password, role: 'admin', name: 'Admin' },
  })
  await payload.create({
    collection: 'users',
    data: { email: staffEmail, password, role: 'consultation', name: 'Consultation staff' },
  })
  process.exit(0)
} catch (error) {
  console.error(`Adding the consultation accounts failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
