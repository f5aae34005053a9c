/**
 * Run by tests/e2e/upload-safety.test.ts against the e2e server's database: `create <email>
 * <password>` adds an editor for the upload tests, `delete <email>` removes it again, so the
 * admin tests still find the database as they expect it.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [action, email, password] = process.argv.slice(2)
const payload = await getPayload({ config })

try {
  if (action === 'create') {
    await payload.create({
      collection: 'users',
      data: { email: email!, password: password!, role: 'editor', name: 'Upload tests' },
    })
  } else if (action === 'delete') {
    await payload.delete({ collection: 'users', where: { email: { equals: email! } } })
  } else {
    throw new Error(`unknown action ${action}: create or delete`)
  }
  process.exit(0)
} catch (error) {
  console.error(`editor-account ${action} failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
