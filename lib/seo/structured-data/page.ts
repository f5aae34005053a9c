import type { AboutPage, ContactPage, FAQPage, WebPage, WithContext } from 'schema-dts'

import type { PageKind } from '@/collections/Pages'
import { pagePath } from '@/lib/i18n/paths'
import type { Page } from '@/payload-types'

import { organisation } from './organisation'
import { localePageUrl, type SiteContext } from './site'

/** schema.org's page type for each kind of page: the about page and the consultation page say what they are. */
const pageTypes: Record<PageKind, 'WebPage' | 'AboutPage' | 'ContactPage'> = {
  general: 'WebPage',
  about: 'AboutPage',
  consultation: 'ContactPage',
  privacy: 'WebPage',
  disclaimer: 'WebPage',
  topic: 'WebPage',
}

export const pageTypeOf = (kind: PageKind) => pageTypes[kind]

/** One of the organisation's own pages, published by the organisation. */
export function organisationPage(
  site: SiteContext,
  page: Pick<Page, 'title' | 'slug' | 'kind' | 'summary' | 'seo' | 'updatedAt'>,
): WithContext<WebPage | AboutPage | ContactPage> {
  const url = localePageUrl(site, pagePath.page(page.slug))
  const publisher = organisation(site)
  return {
    '@context': 'https://schema.org',
    '@type': pageTypeOf(page.kind),
    '@id': url,
    url,
    name: page.title,
    description: page.seo?.description || page.summary || undefined,
    inLanguage: site.locale,
    dateModified: page.updatedAt,
    publisher,
    // The about page is about the organisation itself.
    ...(page.kind === 'about' ? { about: publisher } : {}),
  } as WithContext<WebPage | AboutPage | ContactPage>
}

/** The questions and answers of a page's FAQ blocks, as search engines read them. */
export function faqPage(
  site: SiteContext,
  slug: string,
  items: { question: string; answer: string }[],
): WithContext<FAQPage> | null {
  if (items.length === 0) return null
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    '@id': `${localePageUrl(site, pagePath.page(slug))}#faq`,
    inLanguage: site.locale,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  }
}
