import type { EpisodeSummary } from '@/lib/content/episodes'
import type { Locale } from '@/lib/i18n/locales'

type Props = {
  locale: Locale
  previous?: EpisodeSummary
  next?: EpisodeSummary
  labels: { label: string; previous: string; next: string }
}

/** Previous and next episode of the same series, with their titles. */
export function EpisodeNav({ locale, previous, next, labels }: Props) {
  if (!previous && !next) return null
  return (
    <nav aria-label={labels.label} className="episode-nav">
      {previous ? (
        <a rel="prev" href={`/${locale}/episodes/${previous.slug}`}>
          <span className="episode-nav-label">{labels.previous}</span>
          {previous.title}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a rel="next" href={`/${locale}/episodes/${next.slug}`}>
          <span className="episode-nav-label">{labels.next}</span>
          {next.title}
        </a>
      ) : null}
    </nav>
  )
}
