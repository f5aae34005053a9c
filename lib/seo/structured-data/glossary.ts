import type { DefinedTerm, DefinedTermSet, WithContext } from 'schema-dts'

import type { GlossaryEntry } from '@/lib/content/glossary'
import { getMessages } from '@/lib/i18n/messages'
import { pagePath } from '@/lib/i18n/paths'
import type { GlossaryTerm } from '@/payload-types'

import { organisation } from './organisation'
import { localePageUrl, type SiteContext } from './site'

const glossaryUrl = (site: SiteContext) => localePageUrl(site, pagePath.glossary)

/** Other names a reader may look the term up by: the kana reading (Japanese) and the aliases. */
function alternateNames(site: SiteContext, term: Pick<GlossaryTerm, 'reading' | 'aliases'>): string[] | undefined {
  const names = [
    ...(site.locale === 'ja' && term.reading ? [term.reading] : []),
    ...(term.aliases ?? []).map((entry) => entry.alias),
  ]
  return names.length > 0 ? names : undefined
}

function definedTerm(site: SiteContext, term: GlossaryEntry & Pick<GlossaryTerm, 'aliases'>): DefinedTerm {
  return {
    '@type': 'DefinedTerm',
    '@id': localePageUrl(site, pagePath.glossaryTerm(term.slug)),
    name: term.term,
    alternateName: alternateNames(site, term),
    description: term.shortDefinition,
    url: localePageUrl(site, pagePath.glossaryTerm(term.slug)),
    termCode: term.slug,
    inDefinedTermSet: glossaryUrl(site),
  }
}

/** The glossary index: the whole set with every published term in this locale. */
export function glossaryTermSet(site: SiteContext, terms: GlossaryEntry[]): WithContext<DefinedTermSet> {
  const messages = getMessages(site.locale)
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': glossaryUrl(site),
    name: messages.glossary.title,
    description: messages.glossary.intro,
    url: glossaryUrl(site),
    inLanguage: site.locale,
    publisher: organisation(site),
    hasDefinedTerm: terms.map((term) => definedTerm(site, term)),
  }
}

/** A term's page: the term, and the glossary it belongs to. */
export function glossaryTermPage(site: SiteContext, term: GlossaryTerm): WithContext<DefinedTerm> {
  return {
    '@context': 'https://schema.org',
    ...definedTerm(site, term),
    inDefinedTermSet: {
      '@type': 'DefinedTermSet',
      '@id': glossaryUrl(site),
      name: getMessages(site.locale).glossary.title,
      url: glossaryUrl(site),
    },
  }
}
