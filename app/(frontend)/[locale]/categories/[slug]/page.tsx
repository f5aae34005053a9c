import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { JsonLd } from '@/components/JsonLd'
import { listCategoryEpisodes } from '@/lib/content/episodes'
import { previewViewer } from '@/lib/content/preview-viewer'
import { getTherapyCategory } from '@/lib/content/therapy-categories'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { therapyCategoryPage } from '@/lib/seo/structured-data/therapy-category'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath, homePath, pagePath } from '@/lib/i18n/paths'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const category = await getTherapyCategory(locale, slug)
  if (!category) return {}
  const description = category.description || category.introduces
  return pageMetadata({
    locale,
    path: pagePath.category(slug),
    title: category.name,
    description,
    images: await inheritedShareImages(parent),
  })
}

/** A therapy category: what it introduces into the body, what to check, and its episodes. */
export default async function TherapyCategoryPage({ params }: PageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const category = await getTherapyCategory(locale, slug, await previewViewer())
  if (!category) notFound()
  const messages = getMessages(locale)
  const episodes = await listCategoryEpisodes(locale, category.id)
  return (
    <>
      <JsonLd data={therapyCategoryPage(currentSite(locale), category)} />
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[{ name: messages.nav.home, href: homePath(locale) }, { name: category.name }]}
      />
      <h1>{category.name}</h1>
      <dl className="category-introduces">
        <dt>{messages.category.introduces}</dt>
        <dd>{category.introduces}</dd>
      </dl>
      {category.description ? <p>{category.description}</p> : null}
      {category.checkpoints?.length ? (
        <section aria-labelledby="checkpoints-heading">
          <h2 id="checkpoints-heading">{messages.category.checkpoints}</h2>
          <ul>
            {category.checkpoints.map((checkpoint) => (
              <li key={checkpoint.id}>{checkpoint.point}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {episodes.length > 0 ? (
        <section aria-labelledby="category-episodes-heading">
          <h2 id="category-episodes-heading">{messages.category.episodes}</h2>
          <ul>
            {episodes.map((episode) => (
              <li key={episode.id}>
                <Link href={episodePath(locale, episode.slug)}>{episode.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
