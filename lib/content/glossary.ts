/** Glossary terms for the reader site, published only, in the page's locale. */
import type { GlossaryTerm } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

import { asAnonymousReader, readerPayload } from './payload-client'

export type GlossaryEntry = Pick<GlossaryTerm, 'id' | 'slug' | 'term' | 'reading' | 'shortDefinition'>

export async function listGlossaryTerms(locale: Locale): Promise<GlossaryEntry[]> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    ...asAnonymousReader,
    locale,
    depth: 0,
    pagination: false,
    sort: 'reading',
    select: { slug: true, term: true, reading: true, shortDefinition: true },
  })
  return docs
}

export async function getGlossaryTerm(locale: Locale, slug: string): Promise<GlossaryTerm | null> {
  const payload = await readerPayload()
  const { docs } = await payload.find({
    collection: 'glossary-terms',
    ...asAnonymousReader,
    locale,
    depth: 1,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}
