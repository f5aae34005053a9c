import Link from 'next/link'

import { HeroImage } from '@/components/HeroImage'

import type { EpisodeSummary } from '@/lib/content/episodes'
import type { Locale } from '@/lib/i18n/locales'
import { episodePath } from '@/lib/i18n/paths'

type Props = {
  locale: Locale
  episodes: EpisodeSummary[]
  /** When given, numbers up to it without a published episode are listed as coming. */
  plannedCount?: number
  labels: { position: (number: number) => string; coming: string }
}

/**
 * A series' episodes in order: published ones linked, with their hero image's picture when they
 * have one, planned ones shown as coming.
 */
export function EpisodeList({ locale, episodes, plannedCount, labels }: Props) {
  const byNumber = new Map(episodes.map((episode) => [episode.episodeNumber, episode]))
  const numbers = plannedCount
    ? Array.from({ length: Math.max(plannedCount, episodes.length) }, (_, index) => index + 1)
    : episodes.map((episode) => episode.episodeNumber)
  return (
    <ol className="episode-list">
      {numbers.map((number) => {
        const episode = byNumber.get(number)
        return (
          <li key={number} className={episode ? (episode.heroImage ? 'with-picture' : undefined) : 'coming'}>
            {episode?.heroImage ? <HeroImage image={episode.heroImage} variant="card" /> : null}
            <span className="episode-number">{labels.position(number)}</span>{' '}
            {episode ? (
              <Link href={episodePath(locale, episode.slug)}>{episode.title}</Link>
            ) : (
              <span>{labels.coming}</span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
