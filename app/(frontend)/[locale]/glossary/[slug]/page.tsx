import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { JsonLd } from '@/components/JsonLd'
import { LinkListSection } from '@/components/LinkListSection'
import { RichTextBody } from '@/components/RichTextBody'
import { getGlossaryTerm } from '@/lib/content/glossary'
import { previewViewer } from '@/lib/content/preview-viewer'
import { populatedList } from '@/lib/content/populated'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { glossaryTermPage } from '@/lib/seo/structured-data/glossary'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { categoryPath, glossaryPath, glossaryTermPath, homePath, pagePath } from '@/lib/i18n/paths'
import type { GlossaryTerm, TherapyCategory } from '@/payload-types'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const term = await getGlossaryTerm(locale, slug)
  if (!term) return {}
  const images = await inheritedShareImages(parent)
  return pageMetadata({
    locale,
    path: pagePath.glossaryTerm(slug),
    title: term.term,
    description: term.shortDefinition,
    images,
  })
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
      <JsonLd data={glossaryTermPage(currentSite(locale), term)} />
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[
          { name: messages.nav.home, href: homePath(locale) },
          { name: messages.glossary.title, href: glossaryPath(locale) },
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
        links={related.map((item) => ({ key: item.id, href: glossaryTermPath(locale, item.slug), text: item.term }))}
      />
      <LinkListSection
        heading={messages.episode.categories}
        links={categories.map((item) => ({ key: item.id, href: categoryPath(locale, item.slug), text: item.name }))}
      />
      <LinkListSection
        heading={messages.glossary.sources}
        links={(term.sources ?? []).map((item) => ({
          key: item.id ?? item.url,
          href: item.url,
          text: item.title,
          external: true,
        }))}
      />
    </article>
  )
}
