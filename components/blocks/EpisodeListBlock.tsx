import Link from 'next/link'

import type { EpisodeSummary } from '@/lib/content/episodes'
import type { Locale } from '@/lib/i18n/locales'
import { episodePath } from '@/lib/i18n/paths'

type Props = { heading?: string | null; episodes: EpisodeSummary[]; locale: Locale; defaultHeading: string }

/** Published episodes as links, each with its lead; nothing when none is published in this locale. */
export function EpisodeListBlock({ heading, episodes, locale, defaultHeading }: Props) {
  if (episodes.length === 0) return null
  return (
    <section className="page-episodes">
      <h2>{heading || defaultHeading}</h2>
      <ul>
        {episodes.map((episode) => (
          <li key={episode.id}>
            <Link href={episodePath(locale, episode.slug)}>{episode.title}</Link>
            {episode.lead ? <p>{episode.lead}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
