/** The consult call to action an episode shows: its own when it overrides, else the site-wide one. */
import type { Episode, SiteSetting } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { cachedQuery } from '@/lib/cache/cached-query'
import { cacheTags } from '@/lib/cache/tags'

import { readerPayload } from './payload-client'

export type ConsultCallToAction = NonNullable<SiteSetting['consultCallToAction']>

export async function getConsultCallToAction(
  locale: Locale,
  episode?: Pick<Episode, 'consultCallToAction'>,
): Promise<ConsultCallToAction | null> {
  const own = episode?.consultCallToAction
  if (own && !own.useSiteDefault && own.heading) return own
  try {
    const siteDefault = await siteDefaultCallToAction(locale)
    return siteDefault?.heading ? siteDefault : null
  } catch {
    return null
  }
}

const siteDefaultCallToAction = cachedQuery(
  'consult-call-to-action',
  async (locale: Locale) => {
    const payload = await readerPayload()
    const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false })
    return settings.consultCallToAction ?? null
  },
  { tags: () => [cacheTags.siteSettings] },
)
