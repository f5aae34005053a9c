/**
 * Run by tests/e2e/admin-look.test.ts against the e2e server's database. `create <email>
 * <password>`: an administrator, and one consultation inquiry (readers send those through the
 * form; the admin's inquiry edit view needs one to open). `delete <email>`: both removed again, so
 * that tests/e2e/admin.test.ts still finds a database without users, as it expects.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const [action, email, password] = process.argv.slice(2)
const payload = await getPayload({ config })
/** The inquiry is recognised by its sender's address. */
const inquirySender = 'admin-look-inquiry@example.com'

try {
  if (action === 'create') {
    await payload.create({
      collection: 'users',
      data: { email: email!, password: password!, role: 'admin', name: 'Look checker' },
    })
    await payload.create({
      collection: 'inquiries',
      data: {
        name: '山田 花子',
        email: inquirySender,
        language: 'ja',
        topicLabel: '幹細胞治療',
        message: '管理画面の表示を確かめるためのご相談です。',
        consentedAt: new Date().toISOString(),
        locale: 'ja',
        status: 'new',
      },
    })
  } else if (action === 'delete') {
    await payload.delete({ collection: 'inquiries', where: { email: { equals: inquirySender } } })
    await payload.delete({ collection: 'users', where: { email: { equals: email! } } })
  } else {
    throw new Error(`unknown action ${action}: create or delete`)
  }
  process.exit(0)
} catch (error) {
  console.error(`admin-look-accounts ${action} failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
