import type { Organization } from 'schema-dts'

import { getMessages } from '@/lib/i18n/messages'
import { pagePath } from '@/lib/i18n/paths'

import { absoluteUrl, localePageUrl, type SiteContext } from './site'

/**
 * The publisher of every page. Its description says in the page's language that it is not a
 * medical organisation and gives general information, not medical advice.
 */
export function organisation(site: SiteContext): Organization {
  const messages = getMessages(site.locale)
  return {
    '@type': 'Organization',
    // One identity for both languages, so the two sites are known to have the same publisher.
    '@id': absoluteUrl(site.siteUrl, '/#organisation'),
    name: messages.site.name,
    url: localePageUrl(site, pagePath.home),
    description: messages.site.publisherDescription,
  }
}
