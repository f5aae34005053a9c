/**
 * Run by tests/e2e/editors-desk.test.ts against the e2e server's database. `create <password>`:
 * one account per role, and something on each desk: a draft episode the editor saved (its review
 * overdue, its English missing, its publication scheduled), a glossary term without a definition,
 * a new consultation. `delete`: all of it removed again, so the other
 * browser tests find the database as they expect it (tests/e2e/admin.test.ts: no users).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { series } from '@/tooling/seed/content'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { deskAccounts, deskContent } from './editors-desk-fixtures'

const [action, password] = process.argv.slice(2)
const payload = await getPayload({ config })

async function create() {
  const users: Record<string, number> = {}
  for (const [role, email] of Object.entries(deskAccounts)) {
    const user = await payload.create({
      collection: 'users',
      data: { email, password: password!, role: role as never, name: `Desk ${role}` },
    })
    users[role] = user.id
  }
  const editor = {
    ...(await payload.findByID({ collection: 'users', id: users.editor! })),
    collection: 'users' as const,
  }
  const { docs } = await payload.find({ collection: 'series', where: { slug: { equals: series.slug } }, limit: 1 })
  const episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    draft: true,
    user: editor,
    data: {
      slug: deskContent.episodeSlug,
      title: deskContent.episodeTitle,
      episodeNumber: 90,
      series: docs[0]!.id,
      lead: 'デスクのテストのための回です。',
      body: richTextFromParagraphs(['この回はブラウザのテストのためにあります。']),
      nextReviewDue: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString(),
      _status: 'draft',
    },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    input: { type: 'publish', locale: 'ja', doc: { relationTo: 'episodes', value: episode.id } },
  })
  await payload.create({
    collection: 'glossary-terms',
    locale: 'ja',
    draft: true,
    data: {
      slug: deskContent.termSlug,
      term: deskContent.termTitle,
      reading: 'ですくのようご',
      _status: 'draft',
    } as never,
  })
  await payload.create({
    collection: 'inquiries',
    data: {
      name: '山田 花子',
      email: deskContent.inquirySender,
      language: 'ja',
      topicLabel: deskContent.inquiryTopic,
      message: 'デスクの表示を確かめるためのご相談です。',
      consentedAt: new Date().toISOString(),
      locale: 'ja',
      status: 'new',
    },
  })
}

async function remove() {
  const { docs } = await payload.find({
    collection: 'episodes',
    draft: true,
    where: { slug: { equals: deskContent.episodeSlug } },
    limit: 1,
  })
  if (docs[0]) {
    const jobs = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })
    for (const job of jobs.docs) {
      const doc = (job.input as { doc?: { value?: unknown } } | null)?.doc
      if (String(doc?.value) === String(docs[0].id)) await payload.delete({ collection: 'payload-jobs', id: job.id })
    }
    await payload.delete({ collection: 'episodes', id: docs[0].id })
  }
  await payload.delete({ collection: 'glossary-terms', where: { slug: { equals: deskContent.termSlug } } })
  await payload.delete({ collection: 'inquiries', where: { email: { equals: deskContent.inquirySender } } })
  await payload.delete({ collection: 'users', where: { email: { in: Object.values(deskAccounts) } } })
}

try {
  if (action === 'create') await create()
  else if (action === 'delete') await remove()
  else throw new Error(`unknown action ${action}: create or delete`)
  process.exit(0)
} catch (error) {
  console.error(`editors-desk-content ${action} failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
