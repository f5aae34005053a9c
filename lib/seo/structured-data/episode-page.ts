import type { MedicalWebPage, Organization, Person, WithContext } from 'schema-dts'

import { heroImageOf } from '@/lib/content/hero-image'
import { populated, populatedList } from '@/lib/content/populated'
import { isoDate } from '@/lib/dates'
import { pagePath } from '@/lib/i18n/paths'
import type { Author, Episode, TherapyCategory } from '@/payload-types'

import { organisation } from './organisation'
import { podcastEpisode } from './podcast-episode'
import { seriesReference } from './series'
import { absoluteMediaUrl, localePageUrl, type SiteContext } from './site'
import { medicalTherapy, readerAudience } from './therapy-category'

/** The named author, or the organisation when an episode has none. */
function authorOf(episode: Episode, publisher: Organization): Person | Organization {
  const author = populated<Author>(episode.author)
  return author ? { '@type': 'Person', name: author.displayName } : publisher
}

/**
 * An episode page: medical information about the therapies it covers, part of its series,
 * with its podcast episode when it has audio.
 */
export function episodePage(site: SiteContext, episode: Episode): WithContext<MedicalWebPage> {
  const url = localePageUrl(site, pagePath.episode(episode.slug))
  const publisher = organisation(site)
  const series = populated(episode.series)
  const podcast = podcastEpisode(site, episode)
  const heroImage = heroImageOf(episode)
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: episode.title,
    headline: episode.title,
    description: episode.seo?.description || episode.lead,
    inLanguage: site.locale,
    datePublished: episode.publishedAt ?? undefined,
    dateModified: episode.updatedAt,
    // Shown on the page as a Tokyo calendar day; schema.org's lastReviewed is a Date.
    lastReviewed: episode.lastReviewedAt ? isoDate(episode.lastReviewedAt) : undefined,
    author: authorOf(episode, publisher),
    publisher,
    medicalAudience: readerAudience,
    // The image the page shows above its text; a page without one names none.
    primaryImageOfPage: heroImage
      ? { '@type': 'ImageObject', contentUrl: absoluteMediaUrl(site.siteUrl, heroImage.url) }
      : undefined,
    about: populatedList<TherapyCategory>(episode.therapyCategories).map((category) => medicalTherapy(site, category)),
    isPartOf: series ? seriesReference(site, series) : undefined,
    hasPart: podcast,
  }
}
