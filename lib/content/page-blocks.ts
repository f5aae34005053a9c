/**
 * A page's blocks made ready to draw: what a block names by id (a series, episodes, glossary
 * terms, a page) is read here through the published-only queries of lib/content, so a block never
 * shows a draft, and a link is given only to a page that is published in this locale.
 */
import { getPrivacyPolicyPath, listConsultationTopics, type ConsultationTopicOption } from './consultation-form'
import type { Page } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { pagePathIn } from '@/lib/i18n/paths'
import { relationId } from '@/lib/payload/relation-id'

import { listCategoryEpisodes, listChosenEpisodes, listSeriesEpisodes, type EpisodeSummary } from './episodes'
import { listGlossaryTerms, type GlossaryEntry } from './glossary'
import { getPageOfKind, getPublishedPageById } from './pages'

type LayoutBlock = NonNullable<Page['layout']>[number]
type Of<Type extends LayoutBlock['blockType']> = Extract<LayoutBlock, { blockType: Type }>

export type ReadyBlock =
  | { blockType: 'richText'; id: string; content: Of<'richText'>['content'] }
  | { blockType: 'episodeList'; id: string; heading?: string | null; episodes: EpisodeSummary[] }
  | { blockType: 'glossarySelection'; id: string; heading?: string | null; terms: GlossaryEntry[] }
  | {
      blockType: 'callToAction'
      id: string
      heading: string
      body?: string | null
      /** The page it links, published in this locale; none when there is no such page. */
      link: { href: string; label: string } | null
    }
  | { blockType: 'faq'; id: string; heading?: string | null; items: { question: string; answer: string }[] }
  | {
      blockType: 'consultationForm'
      id: string
      intro?: string | null
      /** The published therapy categories a reader may choose as the topic. */
      topics: ConsultationTopicOption[]
      /** Where the consent links; undefined while no privacy policy is published in this locale. */
      privacyPolicyPath?: string
    }

const ids = (values: unknown[] | null | undefined) =>
  (values ?? []).map((value) => relationId(value as number | { id: number })).filter((id) => id !== undefined)

async function episodesOf(locale: Locale, block: Of<'episodeList'>): Promise<EpisodeSummary[]> {
  const seriesId = relationId(block.series)
  const categoryId = relationId(block.category)
  const episodes =
    block.source === 'series' && seriesId !== undefined
      ? await listSeriesEpisodes(locale, seriesId)
      : block.source === 'category' && categoryId !== undefined
        ? await listCategoryEpisodes(locale, categoryId)
        : block.source === 'chosen'
          ? await listChosenEpisodes(locale, ids(block.episodes))
          : []
  return block.limit ? episodes.slice(0, block.limit) : episodes
}

async function termsOf(locale: Locale, block: Of<'glossarySelection'>): Promise<GlossaryEntry[]> {
  const chosen = ids(block.terms)
  const byId = new Map((await listGlossaryTerms(locale)).map((term) => [term.id, term]))
  return chosen.map((id) => byId.get(id)).filter((term): term is GlossaryEntry => term !== undefined)
}

async function linkOf(locale: Locale, block: Of<'callToAction'>): Promise<{ href: string; label: string } | null> {
  const chosenId = relationId(block.page)
  // A chosen page that is not published here links nowhere rather than to the consultation page:
  // the editor asked for that page.
  const target =
    chosenId !== undefined ? await getPublishedPageById(locale, chosenId) : await getPageOfKind(locale, 'consultation')
  return target ? { href: pagePathIn(locale, target.slug), label: block.label || target.title } : null
}

async function ready(locale: Locale, block: LayoutBlock, index: number): Promise<ReadyBlock | null> {
  const id = block.id ?? `block-${index}`
  switch (block.blockType) {
    case 'richText':
      return { blockType: 'richText', id, content: block.content }
    case 'episodeList':
      return { blockType: 'episodeList', id, heading: block.heading, episodes: await episodesOf(locale, block) }
    case 'glossarySelection':
      return { blockType: 'glossarySelection', id, heading: block.heading, terms: await termsOf(locale, block) }
    case 'callToAction':
      return {
        blockType: 'callToAction',
        id,
        heading: block.heading,
        body: block.body,
        link: await linkOf(locale, block),
      }
    case 'faq':
      return {
        blockType: 'faq',
        id,
        heading: block.heading,
        items: (block.items ?? []).filter((item) => item.question && item.answer),
      }
    case 'consultationForm': {
      const [topics, privacyPolicyPath] = await Promise.all([
        listConsultationTopics(locale),
        getPrivacyPolicyPath(locale),
      ])
      return { blockType: 'consultationForm', id, intro: block.intro, topics, privacyPolicyPath }
    }
    default:
      return null
  }
}

export async function readyPageBlocks(locale: Locale, layout: Page['layout']): Promise<ReadyBlock[]> {
  const blocks = await Promise.all((layout ?? []).map((block, index) => ready(locale, block, index)))
  return blocks.filter((block): block is ReadyBlock => block !== null)
}
