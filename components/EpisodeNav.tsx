import Link from 'next/link'

import type { ScheduledNextEpisode } from '@/lib/content/coming-next'
import type { EpisodeSummary } from '@/lib/content/episodes'
import { formatDate } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import { fill } from '@/lib/i18n/messages'
import { episodePath } from '@/lib/i18n/paths'

type Props = {
  locale: Locale
  previous?: EpisodeSummary
  next?: EpisodeSummary
  /** Shown in the next position when no next episode is published yet but one is scheduled. */
  comingNext?: ScheduledNextEpisode | null
  labels: {
    label: string
    previous: string
    next: string
    comingNext: string
    /** Template with `{number}` and `{date}`, e.g. "Episode {number} · {date}". */
    comingNextPosition: string
  }
}

/**
 * Only the number and the date of a scheduled episode: it is still a draft, and drafts never
 * reach the public, so neither its title nor a link to it is shown.
 */
function ComingNext({
  locale,
  episode,
  labels,
}: {
  locale: Locale
  episode: ScheduledNextEpisode
  labels: Props['labels']
}) {
  return (
    <div className="episode-nav-coming">
      <span className="episode-nav-label">{labels.comingNext}</span>
      {fill(labels.comingNextPosition, { number: episode.episodeNumber, date: formatDate(episode.publishAt, locale) })}
    </div>
  )
}

/** Previous and next episode of the same series, with their titles, or the scheduled next one. */
export function EpisodeNav({ locale, previous, next, comingNext, labels }: Props) {
  if (!previous && !next && !comingNext) return null
  return (
    <nav aria-label={labels.label} className="episode-nav">
      {previous ? (
        <Link rel="prev" href={episodePath(locale, previous.slug)}>
          <span className="episode-nav-label">{labels.previous}</span>
          {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link rel="next" href={episodePath(locale, next.slug)}>
          <span className="episode-nav-label">{labels.next}</span>
          {next.title}
        </Link>
      ) : comingNext ? (
        <ComingNext locale={locale} episode={comingNext} labels={labels} />
      ) : null}
    </nav>
  )
}
