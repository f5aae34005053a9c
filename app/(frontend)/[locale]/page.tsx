import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EpisodeList } from '@/components/EpisodeList'
import { JsonLd } from '@/components/JsonLd'
import { listLatestEpisodes, listSeriesEpisodesPage } from '@/lib/content/episodes'
import { listSeries } from '@/lib/content/series'
import { listTherapyCategories } from '@/lib/content/therapy-categories'
import { formatDate } from '@/lib/dates'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { website } from '@/lib/seo/structured-data/website'
import { isLocale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'
import { categoryPath, episodePath, glossaryPath, pagePath, seriesPath } from '@/lib/i18n/paths'
import { pageSizes } from '@/lib/paging/page-sizes'

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: pagePath.home,
    description: getMessages(locale).home.intro,
    images: await inheritedShareImages(parent),
  })
}

/**
 * Column home: each series with its first episodes (bounded: the series page lists the rest), the
 * latest episodes, categories, the glossary. Its size does not grow with the catalogue.
 */
export default async function ColumnHomePage({ params }: PageProps) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const [series, latest, categories] = await Promise.all([
    listSeries(locale),
    listLatestEpisodes(locale, pageSizes.homeLatestEpisodes),
    listTherapyCategories(locale),
  ])
  const shown = pageSizes.homeSeriesEpisodes
  const seriesWithEpisodes = await Promise.all(
    series.map(async (entry) => {
      // Page 1 of a list always exists, so this is never null.
      const first = (await listSeriesEpisodesPage(locale, entry.id, 1, shown))!
      return { series: entry, episodes: first.items, total: first.totalItems }
    }),
  )
  const position = (number: number) => fill(messages.episode.positionWithoutTotal, { number })
  return (
    <>
      <JsonLd data={website(currentSite(locale))} />
      <h1>{messages.site.name}</h1>
      <p className="lead">{messages.site.tagline}</p>
      <p>{messages.home.intro}</p>

      <section aria-labelledby="series-heading">
        <h2 id="series-heading">{messages.home.seriesHeading}</h2>
        {seriesWithEpisodes.length === 0 ? <p>{messages.home.empty}</p> : null}
        {seriesWithEpisodes.map(({ series: entry, episodes, total }) => (
          <article key={entry.id} className="series-card">
            <h3>
              <Link href={seriesPath(locale, entry.slug)}>{entry.title}</Link>
            </h3>
            {entry.description ? <p>{entry.description}</p> : null}
            <EpisodeList
              locale={locale}
              episodes={episodes}
              // The first positions only, published or coming, as many as the home page shows.
              plannedCount={Math.min(entry.plannedEpisodeCount, shown)}
              labels={{ position, coming: messages.home.coming }}
            />
            {total > episodes.length ? (
              <p className="series-more">
                <Link href={seriesPath(locale, entry.slug)}>{fill(messages.home.allEpisodes, { count: total })}</Link>
              </p>
            ) : null}
          </article>
        ))}
      </section>

      {latest.length > 0 ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{messages.home.latestHeading}</h2>
          <ul className="latest">
            {latest.map((episode) => (
              <li key={episode.id}>
                <Link href={episodePath(locale, episode.slug)}>{episode.title}</Link>
                {episode.publishedAt ? (
                  <time dateTime={episode.publishedAt}> {formatDate(episode.publishedAt, locale)}</time>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {categories.length > 0 ? (
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading">{messages.home.categoriesHeading}</h2>
          <ul className="categories">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={categoryPath(locale, category.slug)}>{category.name}</Link>
                <span className="introduces">: {category.introduces}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <Link href={glossaryPath(locale)}>{messages.home.glossaryInvitation}</Link>
      </p>
    </>
  )
}
