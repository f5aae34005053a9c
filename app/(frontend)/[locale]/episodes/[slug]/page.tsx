import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { LinkListSection } from '@/components/LinkListSection'
import { ConsultCallToAction } from '@/components/ConsultCallToAction'
import { DismissibleTooltips } from '@/components/DismissibleTooltips'
import { EpisodeNav } from '@/components/EpisodeNav'
import { EpisodeHeader } from '@/components/EpisodeHeader'
import { HeroImage } from '@/components/HeroImage'
import { JsonLd } from '@/components/JsonLd'
import { PodcastPlayer } from '@/components/PodcastPlayer'
import { ReadingsToggle } from '@/components/ReadingsToggle'
import { RichTextBody } from '@/components/RichTextBody'
import { TableOfContents } from '@/components/TableOfContents'
import { getScheduledNextEpisode } from '@/lib/content/coming-next'
import { getConsultCallToAction } from '@/lib/content/consult-call-to-action'
import { getEpisode, getNeighbours, listRelatedEpisodes, publishedLocalesOf } from '@/lib/content/episodes'
import { listGlossaryLinkTargets } from '@/lib/content/glossary'
import { heroImageOf } from '@/lib/content/hero-image'
import { getTopicPage, pageLink } from '@/lib/content/pages'
import { previewViewer } from '@/lib/content/preview-viewer'
import { hasRubyReadings, linkGlossaryTerms } from '@/lib/glossary/linking'
import { populated, populatedList } from '@/lib/content/populated'
import { episodeMetadata } from '@/lib/seo/episode-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { episodePage } from '@/lib/seo/structured-data/episode-page'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { categoryPath, episodePath, homePath, seriesPath } from '@/lib/i18n/paths'
import { tableOfContents } from '@/lib/content/table-of-contents'
import type { Disclaimer, TherapyCategory } from '@/payload-types'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const episode = await getEpisode(locale, slug)
  if (!episode) return { robots: { index: false } }
  return episodeMetadata(locale, episode, await publishedLocalesOf(slug))
}

/** Shown on the English site while only the Japanese original is published. */
function NotTranslatedYet({ locale, slug }: { locale: Locale; slug: string }) {
  const messages = getMessages(locale)
  return (
    <>
      <h1>{messages.episode.notTranslatedTitle}</h1>
      <p>{messages.episode.notTranslatedBody}</p>
      <p>
        <Link href={episodePath('ja', slug)} hrefLang="ja">
          {messages.episode.readInJapanese}
        </Link>
      </p>
    </>
  )
}

export default async function EpisodePage({ params }: PageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const episode = await getEpisode(locale, slug, await previewViewer())
  if (!episode) {
    const published = await publishedLocalesOf(slug)
    if (published.length > 0) return <NotTranslatedYet locale={locale} slug={slug} />
    notFound()
  }
  const messages = getMessages(locale)
  const series = populated(episode.series)
  const [neighbours, comingNext, related, consult, glossaryTargets, topicPage] = await Promise.all([
    getNeighbours(locale, episode),
    getScheduledNextEpisode(locale, episode),
    listRelatedEpisodes(locale, episode),
    getConsultCallToAction(locale, episode),
    listGlossaryLinkTargets(locale),
    getTopicPage(locale, episode),
  ])
  const categories = populatedList<TherapyCategory>(episode.therapyCategories)
  const topicDisclaimers = populatedList<Disclaimer>(episode.extraDisclaimers)
  const toc = tableOfContents(episode.body)
  const heroImage = heroImageOf(episode)
  const body = linkGlossaryTerms(episode.body, glossaryTargets, locale)

  return (
    <article className="episode">
      <JsonLd data={episodePage(currentSite(locale), episode)} />
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[
          { name: messages.nav.home, href: homePath(locale) },
          ...(series ? [{ name: series.title, href: seriesPath(locale, series.slug) }] : []),
          { name: episode.title },
        ]}
      />
      <EpisodeHeader
        episode={episode}
        series={series}
        locale={locale}
        labels={{
          author: messages.episode.author,
          published: messages.episode.published,
          updated: messages.episode.updated,
          reviewed: messages.episode.reviewed,
          readingTime: messages.episode.readingTime,
        }}
      />
      {heroImage ? <HeroImage image={heroImage} /> : null}
      <TableOfContents label={messages.episode.toc} entries={toc} />
      {/* Only where there are readings to show or hide. */}
      {hasRubyReadings(body) ? <ReadingsToggle labels={messages.readings} /> : null}
      <RichTextBody value={body} className="episode-body" locale={locale} />
      <DismissibleTooltips />
      {topicDisclaimers.length > 0 ? (
        <aside aria-label={messages.episode.topicDisclaimers} className="topic-disclaimers">
          {topicDisclaimers.map((disclaimer) => (
            <RichTextBody key={disclaimer.id} value={disclaimer.text} />
          ))}
        </aside>
      ) : null}
      <LinkListSection
        heading={messages.episode.categories}
        className="episode-categories"
        links={categories.map((item) => ({ key: item.id, href: categoryPath(locale, item.slug), text: item.name }))}
      />
      <PodcastPlayer
        podcast={episode.podcast}
        labels={{
          heading: messages.episode.podcast,
          lead: messages.episode.podcastLead,
          transcript: messages.episode.transcript,
        }}
      />
      <EpisodeNav
        locale={locale}
        previous={neighbours.previous}
        next={neighbours.next}
        comingNext={comingNext}
        labels={{
          label: messages.episode.seriesNav,
          previous: messages.episode.previous,
          next: messages.episode.next,
          comingNext: messages.episode.comingNext,
          comingNextPosition: messages.episode.comingNextPosition,
        }}
      />
      <LinkListSection
        heading={messages.episode.related}
        className="related-episodes"
        links={related.map((item) => ({ key: item.id, href: episodePath(locale, item.slug), text: item.title }))}
      />
      {topicPage ? (
        <aside aria-label={messages.episode.topic} className="episode-topic">
          <p>
            {messages.episode.topicLead} <Link href={pageLink(locale, topicPage)}>{topicPage.title}</Link>
          </p>
        </aside>
      ) : null}
      {consult ? <ConsultCallToAction content={consult} label={messages.episode.consult} /> : null}
    </article>
  )
}
