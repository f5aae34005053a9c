import type { Episode, Media } from '@/payload-types'

type Props = {
  podcast: Episode['podcast']
  labels: { heading: string; lead: string; transcript: string }
}

/**
 * The episode's audio with the browser's own controls (keyboard and screen-reader accessible,
 * no client JavaScript) and the transcript beside it.
 */
export function PodcastPlayer({ podcast, labels }: Props) {
  const audio = podcast?.audio && typeof podcast.audio === 'object' ? (podcast.audio as Media) : undefined
  const source = audio?.url ?? podcast?.externalUrl ?? undefined
  if (!source && !podcast?.transcript) return null
  return (
    <section aria-labelledby="podcast-heading" className="podcast">
      <h2 id="podcast-heading">{labels.heading}</h2>
      <p>{labels.lead}</p>
      {source ? (
        <audio controls preload="none" src={source}>
          <a href={source}>{source}</a>
        </audio>
      ) : null}
      {podcast?.transcript ? (
        <details>
          <summary>{labels.transcript}</summary>
          {podcast.transcript.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </details>
      ) : null}
    </section>
  )
}
