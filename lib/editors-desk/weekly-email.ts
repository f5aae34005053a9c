/**
 * The weekly e-mail to editors and administrators: the episodes whose review is due and those
 * whose English is missing or incomplete, each a link to the episode in the admin on SITE_URL.
 * Each recipient's lists are read as them, like their desk. Sent through Payload's e-mail adapter
 * only when SMTP is configured (the console adapter would only fill the log every week), and not
 * to someone with nothing to do.
 */
import type { Payload, TypedUser } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { formatDate } from '@/lib/dates'
import { plainTextOf } from '@/lib/email/plain-text'
import { fill, getMessages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'

import { listReviewsDue, listTranslationsMissing } from './episodes'
import type { DeskItem } from './types'

/** More than a week's work is not read from an e-mail: the desk has the rest. */
const EMAIL_LIST_LIMIT = 50

/** The roles that get the e-mail: those who edit episodes. */
const recipientRoles = ['editor', 'admin']

export interface WeeklyEmailOutcome {
  sent: number
  skipped?: 'no-smtp'
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

function adminLink(payload: Payload, path: `/${string}` | ''): string {
  return formatAdminURL({ adminRoute: payload.config.routes.admin, path, serverURL: payload.config.serverURL })
}

function listHtml(
  payload: Payload,
  heading: string,
  items: DeskItem[],
  describe: (item: DeskItem) => string,
  none: string,
) {
  const entries = items.map((item) => {
    const href = adminLink(payload, `/collections/${item.collection}/${encodeURIComponent(String(item.id))}`)
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(item.title)}</a> (${escapeHtml(describe(item))})</li>`
  })
  return `<h2>${escapeHtml(heading)}</h2>\n${entries.length > 0 ? `<ul>\n${entries.join('\n')}\n</ul>` : `<p>${escapeHtml(none)}</p>`}`
}

/** The e-mail for one recipient, or null when both lists are empty. */
export function weeklyEditorsEmail(
  payload: Payload,
  {
    reviewsDue,
    translationsMissing,
    locale = 'ja',
  }: { reviewsDue: DeskItem[]; translationsMissing: DeskItem[]; locale?: Locale },
): { subject: string; html: string; text: string } | null {
  if (reviewsDue.length === 0 && translationsMissing.length === 0) return null
  const messages = getMessages(locale)
  const words = messages.weeklyEditorsEmail
  const due = (item: DeskItem) =>
    [
      fill(words.due, { date: formatDate(item.at!, locale) }),
      ...(item.notes.some((note) => note.kind === 'overdue') ? [words.overdue] : []),
    ].join(', ')
  const translation = (item: DeskItem) =>
    item.notes
      .flatMap((note) => (note.kind === 'translation' ? [fill(words.english, { state: words[note.state] })] : []))
      .join(', ')
  const html = [
    `<p>${escapeHtml(words.intro)}</p>`,
    listHtml(payload, words.reviewsDue, reviewsDue, due, words.none),
    listHtml(payload, words.translationsMissing, translationsMissing, translation, words.none),
    `<p><a href="${escapeHtml(adminLink(payload, ''))}">${escapeHtml(words.openDashboard)}</a></p>`,
    `<p>${escapeHtml(words.why)}</p>`,
    `<p>${escapeHtml(messages.site.name)}</p>`,
  ].join('\n')
  // The text part lists each episode as its title and link.
  const text = plainTextOf(
    html.replace(/<li><a href="([^"]*)">([^<]*)<\/a>/g, '<li>$2: <a href="$1">$1</a>').replace(/<\/li>/g, '<br>'),
  )
  return {
    subject: fill(words.subject, { site: messages.site.name }),
    html: `<!doctype html>\n<html><body>\n${html}\n</body></html>\n`,
    text: `${text}\n`,
  }
}

async function recipients(payload: Payload): Promise<TypedUser[]> {
  const { docs } = await payload.find({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { role: { in: recipientRoles } },
  })
  return docs.map((user) => ({ ...user, collection: 'users' as const }))
}

/** Sends each editor and administrator their lists; nothing without SMTP. */
export async function sendWeeklyEditorsEmail(
  payload: Payload,
  { now = new Date(), smtpConfigured }: { now?: Date; smtpConfigured: boolean },
): Promise<WeeklyEmailOutcome> {
  if (!smtpConfigured) return { sent: 0, skipped: 'no-smtp' }
  let sent = 0
  for (const user of await recipients(payload)) {
    const reader = { payload, user, now, language: 'ja' as const }
    const [reviewsDue, translationsMissing] = await Promise.all([
      listReviewsDue(reader, EMAIL_LIST_LIMIT),
      listTranslationsMissing(reader, EMAIL_LIST_LIMIT),
    ])
    const email = weeklyEditorsEmail(payload, { reviewsDue, translationsMissing })
    if (!email) continue
    await payload.sendEmail({
      ...email,
      to: user.email,
      from: { name: payload.email.defaultFromName, address: payload.email.defaultFromAddress },
    })
    sent++
  }
  return { sent }
}
