/**
 * The glossary desk: terms missing a part in some locale (the term, its reading, its short
 * definition, its explanation), terms no published episode links to, and terms changed lately.
 *
 * Both the first lists read the whole glossary (newest versions, each locale without fallback)
 * and, for links, the body of every published episode: linking is done when a page is built
 * (lib/glossary/linking.ts), not stored, so the desk links each body the way the episode page
 * does and collects the terms it found. A few thousand terms and episodes are read per desk.
 */
import { linkGlossaryTerms, type GlossaryLinkTarget } from '@/lib/glossary/linking'
import { locales, type Locale } from '@/lib/i18n/locales'
import type { GlossaryTerm } from '@/payload-types'

import { DESK_LIST_LIMIT, titleOf, type DeskItem, type DeskNote, type DeskReader, type GlossaryTermPart } from './types'

/** How far back a change counts as recent. */
export const RECENT_CHANGE_DAYS = 30

type TermInLocale = Pick<
  GlossaryTerm,
  'id' | 'slug' | 'term' | 'reading' | 'aliases' | 'shortDefinition' | 'explanation' | 'updatedAt'
>

async function termsIn(reader: DeskReader, locale: Locale): Promise<TermInLocale[]> {
  const { docs } = await reader.payload.find({
    collection: 'glossary-terms',
    user: reader.user,
    overrideAccess: false,
    draft: true,
    locale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    sort: 'reading',
    select: {
      slug: true,
      term: true,
      reading: true,
      aliases: true,
      shortDefinition: true,
      explanation: true,
      updatedAt: true,
    },
  })
  return docs
}

type RichTextNode = { text?: unknown; children?: RichTextNode[] }

function hasText(node: RichTextNode | null | undefined): boolean {
  if (!node) return false
  if (typeof node.text === 'string' && node.text.trim()) return true
  return (node.children ?? []).some(hasText)
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

function missingParts(term: TermInLocale, locale: Locale): GlossaryTermPart[] {
  const parts: GlossaryTermPart[] = []
  if (!filled(term.term)) parts.push('term')
  // The reading is one for every locale, for the Japanese index: reported under Japanese.
  if (locale === 'ja' && !filled(term.reading)) parts.push('reading')
  if (!filled(term.shortDefinition)) parts.push('shortDefinition')
  if (!hasText((term.explanation as { root?: RichTextNode } | null)?.root)) parts.push('explanation')
  return parts
}

type TermsByLocale = Record<Locale, TermInLocale[]>

async function readGlossary(reader: DeskReader): Promise<TermsByLocale> {
  const read = await Promise.all(locales.map((locale) => termsIn(reader, locale)))
  return Object.fromEntries(locales.map((locale, index) => [locale, read[index]!])) as TermsByLocale
}

function titleIn(glossary: TermsByLocale, id: number, language: Locale): string {
  const inLanguage = glossary[language].find((term) => term.id === id)?.term
  const inAny = locales.map((locale) => glossary[locale].find((term) => term.id === id)?.term).find(filled)
  return titleOf(inLanguage || inAny, id)
}

/** Terms missing some part in some locale, in あいうえお order of their reading. */
export function termsIncomplete(glossary: TermsByLocale, language: Locale): DeskItem[] {
  const notes = new Map<number, DeskNote[]>()
  for (const locale of locales) {
    for (const term of glossary[locale]) {
      const missing = missingParts(term, locale).map((part): DeskNote => ({ kind: 'missing', locale, part }))
      if (missing.length > 0) notes.set(term.id, [...(notes.get(term.id) ?? []), ...missing])
    }
  }
  return glossary[locales[0]]
    .filter((term) => notes.has(term.id))
    .map((term) => ({
      collection: 'glossary-terms',
      id: term.id,
      title: titleIn(glossary, term.id, language),
      notes: notes.get(term.id)!,
    }))
}

function linkTargets(terms: TermInLocale[]): GlossaryLinkTarget[] {
  return terms
    .map((term) => ({
      slug: term.slug,
      surfaces: [term.term, ...(term.aliases ?? []).map((entry) => entry.alias)].filter(filled) as string[],
      shortDefinition: term.shortDefinition ?? '',
    }))
    .filter((target) => target.surfaces.length > 0)
}

function linkedSlugs(node: unknown, into: Set<string>): void {
  if (!node || typeof node !== 'object') return
  const { type, slug, children, root } = node as { type?: string; slug?: string; children?: unknown[]; root?: unknown }
  if (type === 'glossaryTerm' && slug) into.add(slug)
  if (root) linkedSlugs(root, into)
  for (const child of children ?? []) linkedSlugs(child, into)
}

/** The slugs of the terms some published episode links to, in some locale. */
async function slugsLinkedFromEpisodes(reader: DeskReader, glossary: TermsByLocale): Promise<Set<string>> {
  const linked = new Set<string>()
  for (const locale of locales) {
    const targets = linkTargets(glossary[locale])
    if (targets.length === 0) continue
    const { docs } = await reader.payload.find({
      collection: 'episodes',
      user: reader.user,
      overrideAccess: false,
      locale,
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      select: { body: true },
      // Published in this locale: a draft's text reaches no reader.
      where: { _status: { equals: 'published' } },
    })
    for (const episode of docs) linkedSlugs(linkGlossaryTerms(episode.body, targets, locale), linked)
  }
  return linked
}

/** Terms that no published episode links to, in any locale. */
export async function termsUnlinked(reader: DeskReader, glossary: TermsByLocale): Promise<DeskItem[]> {
  const linked = await slugsLinkedFromEpisodes(reader, glossary)
  return glossary[locales[0]]
    .filter((term) => !linked.has(term.slug))
    .map((term) => ({
      collection: 'glossary-terms',
      id: term.id,
      title: titleIn(glossary, term.id, reader.language),
      notes: [],
    }))
}

/** Terms saved within RECENT_CHANGE_DAYS, the latest first. */
export function termsChanged(reader: DeskReader, glossary: TermsByLocale): DeskItem[] {
  const since = new Date(reader.now.getTime() - RECENT_CHANGE_DAYS * 24 * 60 * 60 * 1000).toISOString()
  return glossary[locales[0]]
    .filter((term) => term.updatedAt >= since)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((term) => ({
      collection: 'glossary-terms',
      id: term.id,
      title: titleIn(glossary, term.id, reader.language),
      at: term.updatedAt,
      notes: [],
    }))
}

/** The glossary desk's three lists, from one read of the glossary. */
export async function glossaryLists(reader: DeskReader) {
  const glossary = await readGlossary(reader)
  const limit = <T>(items: T[]) => items.slice(0, DESK_LIST_LIMIT)
  return {
    termsIncomplete: limit(termsIncomplete(glossary, reader.language)),
    termsUnlinked: limit(await termsUnlinked(reader, glossary)),
    termsChanged: limit(termsChanged(reader, glossary)),
  }
}
