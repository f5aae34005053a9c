/**
 * The consult call to action an episode shows: its own when it overrides, else the site-wide one;
 * its button opens the page chosen for it, or, when none is chosen (or the chosen one is not
 * published in the reader's locale), the consultation page. With no such page published, the box
 * shows without a button rather than with a link to nowhere.
 */
import type { Episode, SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { relationId } from '@/lib/payload/relation-id'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { getPageOfKind, pageLink, publishedPageLinks } from './pages'
import { readerPayload } from './payload-client'

type StoredCallToAction = NonNullable<SiteSetting['consultCallToAction']>

export type ConsultCallToAction = {
  heading: string
  body?: string | null
  label?: string | null
  /** The button's target in the reader's locale; absent when no target page is published. */
  href?: string
}

export async function getConsultCallToAction(
  locale: Locale,
  episode?: Pick<Episode, 'consultCallToAction'>,
): Promise<ConsultCallToAction | null> {
  try {
    const own = episode?.consultCallToAction
    const stored = own && !own.useSiteDefault && own.heading ? own : await siteDefaultCallToAction(locale)
    if (!stored?.heading) return null
    const href = await consultTarget(locale, relationId(stored.page))
    return { heading: stored.heading, body: stored.body, label: stored.label, ...(href ? { href } : {}) }
  } catch {
    return null
  }
}

/** The chosen page when it is published in this locale, else the consultation page, else nothing. */
export async function consultTarget(locale: Locale, chosenPageId: number | undefined): Promise<string | undefined> {
  if (chosenPageId !== undefined) {
    const chosen = (await publishedPageLinks(locale, [chosenPageId])).get(chosenPageId)
    if (chosen) return pageLink(locale, chosen)
  }
  const consultation = await getPageOfKind(locale, 'consultation')
  return consultation ? pageLink(locale, consultation) : undefined
}

const siteDefaultCallToAction = cachedQuery(
  'consult-call-to-action',
  async (locale: Locale): Promise<StoredCallToAction | null> => {
    const payload = await readerPayload()
    const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false })
    return settings.consultCallToAction ?? null
  },
  { tags: () => [cacheTags.siteSettings] },
)
