/**
 * Run by consultation.test.ts on its server's database, after the demo seed: the accounts (an
 * admin, then a member of the consultation staff), the privacy policy and a consultation page
 * with the form block, published in both languages.
 * Arguments: the consultation staff's e-mail address and password.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import type { Page } from '@/payload-types'

const [staffEmail, password] = process.argv.slice(2) as [string, string]
const payload = await getPayload({ config })

type PageText = Pick<Page, 'title' | 'layout'>

async function publishPage(slug: string, kind: Page['kind'], ja: PageText, en: PageText) {
  const page = await payload.create({
    collection: 'pages',
    locale: 'ja',
    data: { slug, kind, ...ja, _status: 'published' } as Page,
  })
  await payload.update({ collection: 'pages', id: page.id, locale: 'en', data: { ...en, _status: 'published' } })
}

try {
  await payload.create({
    collection: 'users',
    data: { email: 'consultation-admin@example.com', password, role: 'admin', name: 'Admin' },
  })
  await payload.create({
    collection: 'users',
    data: { email: staffEmail, password, role: 'consultation', name: 'Consultation staff' },
  })
  await publishPage(
    'privacy',
    'privacy',
    { title: 'プライバシーポリシー', layout: [] },
    { title: 'Privacy policy', layout: [] },
  )
  await publishPage(
    'consultation',
    'consultation',
    {
      title: 'ご相談',
      layout: [{ blockType: 'consultationForm', intro: '再生医療について、わからないことをお気軽にご相談ください。' }],
    },
    {
      title: 'Consultation',
      layout: [
        { blockType: 'consultationForm', intro: 'Ask us about anything in regenerative medicine that is unclear.' },
      ],
    },
  )
  process.exit(0)
} catch (error) {
  console.error(`Adding the consultation page failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
