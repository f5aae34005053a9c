/**
 * Valid documents for every collection the access matrix covers, as REST bodies, plus a way to
 * put one in the database directly (bypassing access) for update, delete and read checks.
 */
import type { CollectionSlug, Payload } from 'payload'

import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import { createSeries, unique } from './fixtures'

export type MatrixCollection =
  'episodes' | 'series' | 'therapy-categories' | 'glossary-terms' | 'disclaimers' | 'authors'

let episodeNumber = 100

export async function validData(payload: Payload, collection: MatrixCollection): Promise<Record<string, unknown>> {
  switch (collection) {
    case 'episodes': {
      const series = await createSeries(payload)
      return {
        title: '体に入れるものの違い',
        slug: unique('episode'),
        series: series.id,
        episodeNumber: ++episodeNumber,
        lead: '違いを整理します。',
        body: richTextFromParagraphs(['幹細胞とエクソソームは同じではありません。']),
      }
    }
    case 'series':
      return { title: 'テストシリーズ', slug: unique('series'), plannedEpisodeCount: 10 }
    case 'therapy-categories':
      return { name: '幹細胞治療', slug: unique('category'), introduces: '細胞そのもの' }
    case 'glossary-terms':
      return {
        term: '幹細胞',
        slug: unique('term'),
        reading: 'かんさいぼう',
        shortDefinition: 'さまざまな細胞に変化する可能性をもつ細胞。',
      }
    case 'disclaimers':
      return {
        kind: 'topic',
        versionLabel: unique('topic'),
        text: richTextFromParagraphs(['この回の内容は一般的な情報です。']),
        activeFrom: new Date().toISOString(),
      }
    case 'authors':
      return { displayName: '編集部' }
  }
}

export const hasDrafts = (collection: MatrixCollection) => collection !== 'authors'

/** A document saved directly through the Local API, as a draft where the collection has drafts. */
export async function insertDocument(
  payload: Payload,
  collection: MatrixCollection,
  status: 'draft' | 'published' = 'draft',
): Promise<number> {
  const data = await validData(payload, collection)
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    locale: 'ja',
    data: (hasDrafts(collection) ? { ...data, _status: status } : data) as never,
  })
  return doc.id as number
}
