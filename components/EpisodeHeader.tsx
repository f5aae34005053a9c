import { formatDate } from '@/lib/dates'
import { episodePosition } from '@/lib/episode-position'
import { populated } from '@/lib/content/populated'
import type { Locale } from '@/lib/i18n/locales'
import { fill } from '@/lib/i18n/messages'
import { plainTextOfRichText, readingMinutes } from '@/lib/reading-time'
import type { Author, Episode, Series } from '@/payload-types'

type Props = {
  episode: Episode
  series?: Series
  locale: Locale
  labels: {
    author: string
    published: string
    updated: string
    reviewed: string
    /** Template with `{minutes}`, e.g. "About {minutes} min read". */
    readingTime: string
  }
}

function DateLine({ label, value, locale }: { label: string; value?: string | null; locale: Locale }) {
  if (!value) return null
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <time dateTime={value}>{formatDate(value, locale)}</time>
      </dd>
    </div>
  )
}

/** "Episode 2 of 10", the title, lead, author, dates and reading time. */
export function EpisodeHeader({ episode, series, locale, labels }: Props) {
  const author = populated<Author>(episode.author)
  const position = episodePosition(locale, episode.episodeNumber, series?.plannedEpisodeCount)
  const minutes = readingMinutes(plainTextOfRichText(episode.body), locale)
  return (
    <header className="episode-header">
      <p className="episode-position">{position}</p>
      <h1>{episode.title}</h1>
      <p className="lead">{episode.lead}</p>
      <dl className="episode-meta">
        {author ? (
          <div>
            <dt>{labels.author}</dt>
            <dd>{author.displayName}</dd>
          </div>
        ) : null}
        <DateLine label={labels.published} value={episode.publishedAt} locale={locale} />
        <DateLine label={labels.updated} value={episode.updatedAt} locale={locale} />
        <DateLine label={labels.reviewed} value={episode.lastReviewedAt} locale={locale} />
      </dl>
      <p className="reading-time">{fill(labels.readingTime, { minutes })}</p>
    </header>
  )
}
