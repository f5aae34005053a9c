/**
 * The editors' weekly e-mail through Payload's e-mail adapter to a real SMTP server started here:
 * every editor and administrator gets the reviews due and the translations missing, each a link
 * to the episode in the admin on SITE_URL; glossary and consultation staff get nothing; without
 * SMTP nothing is sent. The task is scheduled for Monday 09:00 in Japan.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getMessages } from '@/lib/i18n/messages'

import { startMailboxForTheApp, type Mailbox } from '../support/mailbox'

const siteUrl = 'https://column.example.jp'
// Before the Payload config is first imported, below.
const mailbox: Mailbox = await startMailboxForTheApp(siteUrl)
const { testPayload } = await import('../helpers/payload')
const { createSeries, englishEpisodeData, japaneseEpisodeData } = await import('../helpers/fixtures')
const { emailFor, ensureUser } = await import('../helpers/users')
const { sendWeeklyEditorsEmail } = await import('@/lib/editors-desk/weekly-email')
const { nextWeeklyEmailAt } = await import('@/lib/editors-desk/weekly-email-task')

const DAY = 24 * 60 * 60 * 1000
const words = getMessages('ja').weeklyEditorsEmail
let payload: Payload
const episodes: Record<'due' | 'untranslated' | 'fine', number> = { due: 0, untranslated: 0, fine: 0 }

const link = (id: number) => `${siteUrl}/admin/collections/episodes/${id}`

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['admin', 'editor', 'glossary', 'consultation'] as const) await ensureUser(payload, role)
  const series = await createSeries(payload)
  const bilingual = async (number: number, nextReviewDue?: string) => {
    const episode = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      data: { ...japaneseEpisodeData(series, number), nextReviewDue, _status: 'published' },
    })
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      data: { ...englishEpisodeData, _status: 'published' },
    })
    return episode.id
  }
  episodes.due = await bilingual(1, new Date(Date.now() + 5 * DAY).toISOString())
  episodes.fine = await bilingual(2, new Date(Date.now() + 90 * DAY).toISOString())
  const untranslated = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, 3), _status: 'published' },
  })
  episodes.untranslated = untranslated.id
})

afterAll(() => mailbox.stop())

describe("the editors' weekly e-mail", () => {
  it('goes to every editor and administrator, listing reviews due and translations missing with links', async () => {
    const since = mailbox.messages.length
    const outcome = await sendWeeklyEditorsEmail(payload, { smtpConfigured: true })
    expect(outcome.sent).toBe(2)
    for (const role of ['editor', 'admin'] as const) {
      const mail = await mailbox.next(emailFor(role), { since })
      expect(mail.subject).toBe(words.subject.replace('{site}', getMessages('ja').site.name))
      const html = mail.html || ''
      for (const id of [episodes.due, episodes.untranslated]) {
        expect(html).toContain(`href="${link(id)}"`)
        expect(mail.text).toContain(link(id))
      }
      expect(html).not.toContain(link(episodes.fine))
      expect(html).toContain(words.reviewsDue)
      expect(html).toContain(words.translationsMissing)
      expect(mail.text).toContain(`${words.missing}`)
    }
    const recipients = mailbox.messages.slice(since).flatMap((mail) => {
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
      return to.flatMap((address) => address.value.map((entry) => entry.address))
    })
    expect(recipients.sort()).toEqual([emailFor('admin'), emailFor('editor')].sort())
  })

  it('sends nothing without SMTP', async () => {
    const since = mailbox.messages.length
    expect(await sendWeeklyEditorsEmail(payload, { smtpConfigured: false })).toEqual({ sent: 0, skipped: 'no-smtp' })
    expect(mailbox.messages.length).toBe(since)
  })

  it('sends nothing to someone with nothing to do', async () => {
    // Every review a year ahead and every English written: nothing is left to do.
    await payload.update({
      collection: 'episodes',
      where: {},
      locale: 'ja',
      data: { nextReviewDue: new Date(Date.now() + 365 * DAY).toISOString() },
    })
    await payload.update({
      collection: 'episodes',
      id: episodes.untranslated,
      locale: 'en',
      data: { ...englishEpisodeData, _status: 'published' },
    })
    const since = mailbox.messages.length
    expect((await sendWeeklyEditorsEmail(payload, { smtpConfigured: true })).sent).toBe(0)
    expect(mailbox.messages.length).toBe(since)
  })

  it('is scheduled for Monday 09:00 in Japan, whatever the server’s time zone', () => {
    // Sunday 2026-12-06 23:59 UTC is Monday 08:59 in Japan: the next run is a minute later.
    expect(nextWeeklyEmailAt(new Date('2026-12-06T23:59:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z')
    // Just after it: a week later.
    expect(nextWeeklyEmailAt(new Date('2026-12-07T00:00:01Z')).toISOString()).toBe('2026-12-14T00:00:00.000Z')
  })
})
