/**
 * The episodes' editorial plan on the editors' desk: reviews that are due (past, or within the
 * next 30 days) and translations that are missing or incomplete. Both read the newest version,
 * draft or not: it is what the editor will work on.
 */
import { defaultLocale, locales, type Locale } from '@/lib/i18n/locales'

import { readableTitles } from './titles'
import { DESK_LIST_LIMIT, titleOf, type DeskItem, type DeskReader } from './types'

/** How far ahead a review counts as due. */
export const REVIEW_WINDOW_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** Episodes whose `nextReviewDue` is past or within REVIEW_WINDOW_DAYS, the most urgent first. */
export async function listReviewsDue(reader: DeskReader, limit = DESK_LIST_LIMIT): Promise<DeskItem[]> {
  const horizon = new Date(reader.now.getTime() + REVIEW_WINDOW_DAYS * DAY_MS)
  const { docs } = await reader.payload.find({
    collection: 'episodes',
    user: reader.user,
    overrideAccess: false,
    draft: true,
    locale: reader.language,
    depth: 0,
    limit,
    sort: 'nextReviewDue',
    select: { title: true, nextReviewDue: true },
    where: { nextReviewDue: { less_than_equal: horizon.toISOString() } },
  })
  return docs.map((doc) => ({
    collection: 'episodes',
    id: doc.id,
    title: titleOf(doc.title, doc.id),
    at: doc.nextReviewDue,
    notes: new Date(doc.nextReviewDue!) < reader.now ? [{ kind: 'overdue' }] : [],
  }))
}

/** The translations (every locale but the original): the column is written in Japanese first. */
const translations = locales.filter(
  (locale): locale is Exclude<Locale, typeof defaultLocale> => locale !== defaultLocale,
)

/**
 * Episodes whose translation is missing or incomplete, the most recently saved first. Queried in
 * Japanese: Payload reads a path ending in the request's own locale code (`translationStatus.en`
 * in English) as a locale suffix and refuses it; the titles are then read in the admin's language.
 */
export async function listTranslationsMissing(reader: DeskReader, limit = DESK_LIST_LIMIT): Promise<DeskItem[]> {
  const { docs } = await reader.payload.find({
    collection: 'episodes',
    user: reader.user,
    overrideAccess: false,
    draft: true,
    locale: defaultLocale,
    depth: 0,
    limit,
    sort: '-updatedAt',
    select: { translationStatus: true, updatedAt: true },
    where: {
      or: translations.map((locale) => ({ [`translationStatus.${locale}`]: { in: ['missing', 'incomplete'] } })),
    },
  })
  const titles = await readableTitles(
    reader,
    'episodes',
    docs.map((doc) => doc.id),
  )
  return docs.map((doc) => ({
    collection: 'episodes',
    id: doc.id,
    title: titles.get(String(doc.id)) ?? titleOf(undefined, doc.id),
    at: doc.updatedAt,
    notes: translations.flatMap((locale) => {
      const state = doc.translationStatus?.[locale]
      return state === 'missing' || state === 'incomplete' ? [{ kind: 'translation' as const, locale, state }] : []
    }),
  }))
}
