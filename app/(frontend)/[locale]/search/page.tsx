import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Highlighted } from '@/components/Highlighted'
import { searchContent } from '@/lib/content/search'
import { isLocale } from '@/lib/i18n/locales'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { fill, getMessages } from '@/lib/i18n/messages'
import { episodePath, glossaryTermPath, pagePath, searchPath } from '@/lib/i18n/paths'
import { normaliseQuery } from '@/lib/content/search-highlight'

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[] }>
}

export const dynamic = 'force-dynamic'
const MAX_QUERY_LENGTH = 100

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { title, label } = getMessages(locale).search
  const images = await inheritedShareImages(parent)
  return {
    ...pageMetadata({ locale, path: pagePath.search, title, description: label, images }),
    robots: { index: false },
  }
}

/** Search over this locale's episodes and glossary terms, with the matches highlighted. */
export default async function SearchPage({ params, searchParams }: PageProps) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const { query, tooLong } = normaliseQuery((await searchParams).q, MAX_QUERY_LENGTH)
  const hits = query ? await searchContent(locale, query) : []
  return (
    <>
      <h1>{messages.search.title}</h1>
      <form role="search" action={searchPath(locale)} method="get" className="search-form">
        <label htmlFor="search-query">{messages.search.label}</label>
        <input id="search-query" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">{messages.search.submit}</button>
      </form>
      {tooLong ? <p role="status">{fill(messages.search.tooLong, { max: MAX_QUERY_LENGTH })}</p> : null}
      {!query ? <p>{messages.search.empty}</p> : null}
      {query && hits.length === 0 ? <p role="status">{fill(messages.search.noResults, { query })}</p> : null}
      {hits.length > 0 ? (
        <>
          <p role="status">{fill(messages.search.count, { count: hits.length })}</p>
          <ul className="search-results">
            {hits.map((hit) => (
              <li key={`${hit.kind}-${hit.slug}`}>
                <span className="search-kind">
                  {hit.kind === 'episode' ? messages.search.episode : messages.search.glossary}
                </span>
                <Link href={(hit.kind === 'episode' ? episodePath : glossaryTermPath)(locale, hit.slug)}>
                  <Highlighted text={hit.title} query={query} />
                </Link>
                <p>
                  <Highlighted text={hit.text} query={query} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
