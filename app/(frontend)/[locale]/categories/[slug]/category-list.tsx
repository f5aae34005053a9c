/**
 * A therapy category page, page 1 (/<locale>/categories/<slug>) or a later page of its episodes
 * (…/page/<n>): shared by both routes. Every page shows what the category introduces and its
 * checkpoints, so a reader arriving on page 3 from a search still knows what the list is about.
 */
import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { JsonLd } from '@/components/JsonLd'
import { Pagination } from '@/components/Pagination'
import { countCategoryEpisodes, listCategoryEpisodesPage } from '@/lib/content/episodes'
import { previewViewer } from '@/lib/content/preview-viewer'
import { getTherapyCategory } from '@/lib/content/therapy-categories'
import { inheritedShareImages } from '@/lib/seo/page-metadata'
import { pagedMetadata } from '@/lib/seo/paged-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { therapyCategoryPage } from '@/lib/seo/structured-data/therapy-category'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { categoryPath, episodePath, homePath, pagePath } from '@/lib/i18n/paths'
import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'

export async function categoryListMetadata(
  locale: string,
  slug: string,
  page: number,
  parent: ResolvingMetadata,
): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const category = await getTherapyCategory(locale, slug)
  if (!category) return {}
  const listed = await listCategoryEpisodesPage(locale, category.id, page)
  if (!listed) return {}
  return pagedMetadata({
    locale,
    firstPage: pagePath.category(slug),
    page,
    pageCount: listed.pageCount,
    pageCountIn: async (other) =>
      pageCountOf(await countCategoryEpisodes(other, category.id), pageSizes.categoryEpisodes),
    title: category.name,
    description: category.description || category.introduces,
    images: await inheritedShareImages(parent),
  })
}

export async function CategoryList({ locale, slug, page }: { locale: string; slug: string; page: number }) {
  if (!isLocale(locale)) notFound()
  const category = await getTherapyCategory(locale, slug, await previewViewer())
  if (!category) notFound()
  const listed = await listCategoryEpisodesPage(locale, category.id, page)
  if (!listed) notFound()
  const messages = getMessages(locale)
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
      {listed.items.length > 0 ? (
        <section aria-labelledby="category-episodes-heading">
          <h2 id="category-episodes-heading">{messages.category.episodes}</h2>
          <ul className="category-episodes">
            {listed.items.map((episode) => (
              <li key={episode.id}>
                <Link href={episodePath(locale, episode.slug)}>{episode.title}</Link>
              </li>
            ))}
          </ul>
          <Pagination
            firstPage={categoryPath(locale, slug)}
            current={listed.page}
            pageCount={listed.pageCount}
            labels={messages.paging}
          />
        </section>
      ) : null}
    </>
  )
}
