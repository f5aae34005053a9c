/**
 * The non-medical disclaimer for every page: the active site disclaimer from the CMS in the
 * page's locale, or the built-in text when the CMS has none or cannot be reached. Never throws,
 * so no page can render without it. With its one-sentence summary for the top of the page: the
 * CMS's when the active disclaimer has one in this locale, else the built-in sentence.
 */
import type { Disclaimer } from '@/payload-types'
import { getMessages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'

export type SiteDisclaimer = { summary: string } & (
  { source: 'cms'; text: NonNullable<Disclaimer['text']> } | { source: 'built-in'; text: string }
)

/**
 * Every site disclaimer in force at `from` or due to start later, latest start first: the one
 * active at any later moment is among them (one that has ended stays ended).
 */
async function findCurrentAndComingSiteDisclaimers(locale: Locale, from: Date): Promise<Disclaimer[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'disclaimers',
    overrideAccess: false,
    draft: false,
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    sort: '-activeFrom',
    where: {
      and: [
        { kind: { equals: 'site' } },
        { or: [{ activeUntil: { exists: false } }, { activeUntil: { greater_than: from.toISOString() } }] },
      ],
    },
  })
  return docs
}

/** The disclaimer in force at `now`: the latest to have started, unless it has ended. */
function activeAt(disclaimers: Disclaimer[], now: Date): Disclaimer | undefined {
  const moment = now.getTime()
  return disclaimers.find(
    (disclaimer) =>
      Date.parse(disclaimer.activeFrom) <= moment &&
      (!disclaimer.activeUntil || Date.parse(disclaimer.activeUntil) > moment),
  )
}

// Cached without an age: which one is in force is decided on every page from the times, so a
// period that starts or ends without an edit takes its turn at once, and the entry changes only
// with an edit (which revalidates `disclaimers`). An entry kept for a time would expire in the
// shared cache and be missed by every page.
const currentAndComingSiteDisclaimers = cachedQuery(
  'site-disclaimers',
  (locale: Locale) => findCurrentAndComingSiteDisclaimers(locale, new Date()),
  { tags: () => [cacheTags.disclaimers] },
)

/** `now` for a moment other than the present (tests); the present is cached. */
export async function getSiteDisclaimer(locale: Locale, now?: Date): Promise<SiteDisclaimer> {
  const builtIn = getMessages(locale).disclaimer
  try {
    const disclaimers = now
      ? await findCurrentAndComingSiteDisclaimers(locale, now)
      : await currentAndComingSiteDisclaimers(locale)
    const disclaimer = activeAt(disclaimers, now ?? new Date())
    if (disclaimer?.text?.root?.children?.length) {
      return { source: 'cms', text: disclaimer.text, summary: disclaimer.summary?.trim() || builtIn.summary }
    }
  } catch (error) {
    console.error(`Site disclaimer unavailable, showing the built-in text: ${(error as Error).message}`)
  }
  return { source: 'built-in', text: builtIn.builtIn, summary: builtIn.summary }
}
