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

async function findActiveSiteDisclaimer(locale: Locale, now: Date): Promise<Disclaimer | undefined> {
  const payload = await readerPayload()
  const moment = now.toISOString()
  const { docs } = await payload.find({
    collection: 'disclaimers',
    overrideAccess: false,
    draft: false,
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: 1,
    sort: '-activeFrom',
    where: {
      and: [
        { kind: { equals: 'site' } },
        { activeFrom: { less_than_equal: moment } },
        { or: [{ activeUntil: { exists: false } }, { activeUntil: { greater_than: moment } }] },
      ],
    },
  })
  return docs[0]
}

// Cached at the current time; re-read each minute too, so a disclaimer whose period starts or
// ends without an edit takes its turn.
const activeSiteDisclaimer = cachedQuery(
  'site-disclaimer',
  (locale: Locale) => findActiveSiteDisclaimer(locale, new Date()),
  { tags: () => [cacheTags.disclaimers], revalidate: 60 },
)

/** `now` for a moment other than the present (tests); the present is cached. */
export async function getSiteDisclaimer(locale: Locale, now?: Date): Promise<SiteDisclaimer> {
  const builtIn = getMessages(locale).disclaimer
  try {
    const disclaimer = now ? await findActiveSiteDisclaimer(locale, now) : await activeSiteDisclaimer(locale)
    if (disclaimer?.text?.root?.children?.length) {
      return { source: 'cms', text: disclaimer.text, summary: disclaimer.summary?.trim() || builtIn.summary }
    }
  } catch (error) {
    console.error(`Site disclaimer unavailable, showing the built-in text: ${(error as Error).message}`)
  }
  return { source: 'built-in', text: builtIn.builtIn, summary: builtIn.summary }
}
