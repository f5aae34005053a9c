/** Small builders for test documents: valid by default, overridable field by field. */
import type { Payload } from 'payload'

import type { Disclaimer, Episode, Series } from '@/payload-types'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

let sequence = 0
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`

export async function createSeries(payload: Payload, overrides: Partial<Series> = {}): Promise<Series> {
  return payload.create({
    collection: 'series',
    locale: 'ja',
    data: {
      title: '再生医療を知る',
      slug: unique('series'),
      plannedEpisodeCount: 10,
      _status: 'published',
      ...overrides,
    },
  })
}

export function japaneseEpisodeData(series: Series | number, episodeNumber: number) {
  return {
    title: '再生医療にはどんな種類があるのか',
    slug: unique('episode'),
    series: typeof series === 'number' ? series : series.id,
    episodeNumber,
    lead: '体に入れるものの違いから整理します。',
    body: richTextFromParagraphs(['幹細胞、エクソソーム、培養上清はそれぞれ異なります。']),
  } satisfies Partial<Episode>
}

export const englishEpisodeData = {
  title: 'What kinds of regenerative medicine are there?',
  lead: 'We sort them out by what is introduced into the body.',
  body: richTextFromParagraphs(['Stem cells, exosomes and conditioned medium are not the same.']),
}

/** An episode published in Japanese, then with its English translation published too. */
export async function publishBilingualEpisode(
  payload: Payload,
  series: Series,
  episodeNumber: number,
): Promise<Episode> {
  const episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, episodeNumber), _status: 'published' },
  })
  await payload.update({
    collection: 'episodes',
    id: episode.id,
    locale: 'en',
    data: { ...englishEpisodeData, _status: 'published' },
  })
  return episode
}

/**
 * An episode in each state a reader-facing query must tell apart, numbered from `firstNumber`:
 * published in both languages, published in Japanese only, and a never-published draft.
 */
export async function episodesInEveryState(
  payload: Payload,
  series: Series,
  { firstNumber = 1, draft: draftData = {} }: { firstNumber?: number; draft?: Partial<Episode> } = {},
): Promise<{ bilingual: Episode; japaneseOnly: Episode; draft: Episode }> {
  const bilingual = await publishBilingualEpisode(payload, series, firstNumber)
  const japaneseOnly = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, firstNumber + 1), _status: 'published' },
  })
  const draft = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, firstNumber + 2), ...draftData, _status: 'draft' },
  })
  return { bilingual, japaneseOnly, draft }
}

/** Whether an anonymous reader can read episode `id` in `locale` (published there). */
export async function episodeIsPublicIn(payload: Payload, id: number, locale: 'ja' | 'en'): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'episodes',
    locale,
    overrideAccess: false,
    where: { id: { equals: id } },
  })
  return totalDocs === 1
}

/** A site disclaimer drafted in each locale, then published: how an admin writes one in the admin UI. */
export async function publishSiteDisclaimer(
  payload: Payload,
  activeFrom: Date = new Date(),
  activeUntil?: Date,
): Promise<Disclaimer> {
  const draft = await payload.create({
    collection: 'disclaimers',
    locale: 'ja',
    data: {
      kind: 'site',
      versionLabel: unique('site'),
      text: richTextFromParagraphs(['一般的な情報です。診断や治療の判断は医師が行います。']),
      activeFrom: activeFrom.toISOString(),
      activeUntil: activeUntil?.toISOString(),
      _status: 'draft',
    },
  })
  await payload.update({
    collection: 'disclaimers',
    id: draft.id,
    locale: 'en',
    data: { text: richTextFromParagraphs(['General guidance only; physicians make decisions.']), _status: 'draft' },
  })
  return payload.update({ collection: 'disclaimers', id: draft.id, locale: 'ja', data: { _status: 'published' } })
}
