import type { CreativeWorkSeries, WithContext } from 'schema-dts'

import type { EpisodeSummary } from '@/lib/content/episodes'
import { pagePath } from '@/lib/i18n/paths'
import type { Series } from '@/payload-types'

import { organisation } from './organisation'
import { localePageUrl, type SiteContext } from './site'

/** A series as other nodes point to it (an episode page's `isPartOf`). */
export function seriesReference(site: SiteContext, series: Pick<Series, 'title' | 'slug'>): CreativeWorkSeries {
  return { '@type': 'CreativeWorkSeries', name: series.title, url: localePageUrl(site, pagePath.series(series.slug)) }
}

/** The series page: the series with its published episodes in this locale, in order. */
export function seriesPage(
  site: SiteContext,
  series: Series,
  episodes: EpisodeSummary[],
): WithContext<CreativeWorkSeries> {
  return {
    '@context': 'https://schema.org',
    ...seriesReference(site, series),
    description: series.description ?? undefined,
    inLanguage: site.locale,
    publisher: organisation(site),
    hasPart: episodes.map((episode) => ({
      '@type': 'Article',
      name: episode.title,
      url: localePageUrl(site, pagePath.episode(episode.slug)),
      position: episode.episodeNumber,
      datePublished: episode.publishedAt ?? undefined,
    })),
  }
}
