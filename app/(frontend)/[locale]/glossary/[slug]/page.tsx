import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { LinkListSection } from '@/components/LinkListSection'
import { RichTextBody } from '@/components/RichTextBody'
import { getGlossaryTerm } from '@/lib/content/glossary'
import { previewViewer } from '@/lib/content/preview-viewer'
import { populatedList } from '@/lib/content/populated'
import { alternates } from '@/lib/seo/alternates'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import type { GlossaryTerm, TherapyCategory } from '@/payload-types'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

// Built on first request and cached until what it shows changes (see the locale layout).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const term = await getGlossaryTerm(locale, slug)
  return term ? { title: term.term, description: term.shortDefinition, alternates: alternates(locale, `/glossary/${slug}`) } : {}
}

export default async function GlossaryTermPage({ params }: PageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const term = await getGlossaryTerm(locale, slug, await previewViewer())
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
      <LinkListSection
        heading={messages.glossary.related}
        links={related.map((item) => ({ key: item.id, href: `/${locale}/glossary/${item.slug}`, text: item.term }))}
      />
      <LinkListSection
        heading={messages.episode.categories}
        links={categories.map((item) => ({ key: item.id, href: `/${locale}/categories/${item.slug}`, text: item.name }))}
      />
      <LinkListSection
        heading={messages.glossary.sources}
        links={(term.sources ?? []).map((item) => ({ key: item.id ?? item.url, href: item.url, text: item.title, external: true }))}
      />
    </article>
  )
}
