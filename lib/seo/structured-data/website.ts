import type { WebSite, WithContext } from 'schema-dts'

import { getMessages } from '@/lib/i18n/messages'
import { pagePath } from '@/lib/i18n/paths'

import { organisation } from './organisation'
import { localePageUrl, type SiteContext } from './site'

/** The column home: the site in this language and who publishes it. */
export function website(site: SiteContext): WithContext<WebSite> {
  const messages = getMessages(site.locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': localePageUrl(site, pagePath.home),
    name: messages.site.name,
    description: messages.site.tagline,
    url: localePageUrl(site, pagePath.home),
    inLanguage: site.locale,
    publisher: organisation(site),
  }
}
