import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { RichTextBody } from '@/components/RichTextBody'
import { getGlossaryTerm } from '@/lib/content/glossary'
import { populatedList } from '@/lib/content/populated'
import { alternates } from '@/lib/seo/alternates'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import type { GlossaryTerm, TherapyCategory } from '@/payload-types'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const term = await getGlossaryTerm(locale, slug)
  return term ? { title: term.term, description: term.shortDefinition, alternates: alternates(locale, `/glossary/${slug}`) } : {}
}

export default async function GlossaryTermPage({ params }: PageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const term = await getGlossaryTerm(locale, slug)
  if (!term) notFound()
  const messages = getMessages(locale)
  const related = populatedList<GlossaryTerm>(term.relatedTerms)
  const categories = populatedList<TherapyCategory>(term.therapyCategories)
  return (
    <article>
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[
          { name: messages.nav.home, href: `/${locale}` },
          { name: messages.glossary.title, href: `/${locale}/glossary` },
          { name: term.term },
        ]}
      />
      <h1>
        {term.term}
        {locale === 'ja' && term.reading ? <span className="reading">({term.reading})</span> : null}
      </h1>
      <p className="lead">{term.shortDefinition}</p>
      <RichTextBody value={term.explanation} />
      {related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{messages.glossary.related}</h2>
          <ul>
            {related.map((entry) => (
              <li key={entry.id}>
                <a href={`/${locale}/glossary/${entry.slug}`}>{entry.term}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {categories.length > 0 ? (
        <section aria-labelledby="term-categories-heading">
          <h2 id="term-categories-heading">{messages.episode.categories}</h2>
          <ul>
            {categories.map((category) => (
              <li key={category.id}>
                <a href={`/${locale}/categories/${category.slug}`}>{category.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {term.sources?.length ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{messages.glossary.sources}</h2>
          <ul>
            {term.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} rel="noopener">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
