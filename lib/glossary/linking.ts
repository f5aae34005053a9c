/**
 * Links the first occurrence of each glossary term (or alias) in an episode body to its page,
 * on the server. Japanese is written without spaces, so Japanese terms match anywhere in the
 * text; English terms match whole words only, ignoring case. Where several terms start at the
 * same place the longest wins (間葉系幹細胞 before 幹細胞). Headings, links and code are left alone.
 * A linked Japanese term written in kanji carries its reading, which the page shows as ruby
 * (furigana) over it: each term is linked once, so the reading appears on its first occurrence.
 *
 * Every surface is found in one pass over each text by an Aho–Corasick automaton, so the cost
 * follows the length of the text (plus the matches found), not terms × text. The automaton is
 * built once per term set and locale and kept (see matcherFor), not once per page.
 */
import { AhoCorasick } from '@monyone/aho-corasick'
import { LRUCache } from 'lru-cache'

import type { Locale } from '@/lib/i18n/locales'

import { rubyReading } from './reading'

export interface GlossaryLinkTarget {
  slug: string
  /** The term and its aliases in the page's locale. */
  surfaces: string[]
  shortDefinition: string
  /** The reading (kana) of the term itself, surfaces[0]: Japanese only. */
  reading?: string
}

/** The node that replaces a matched piece of text; rendered by components/RichTextBody.tsx. */
export interface GlossaryTermNode {
  type: 'glossaryTerm'
  version: 1
  slug: string
  text: string
  definition: string
  format: number
  /** Ruby over `text`: present when `text` is the term itself in kanji and has a reading. */
  reading?: string
}

type LexicalNode = { type: string; text?: string; format?: number; children?: LexicalNode[]; [key: string]: unknown }

const SKIPPED_CONTAINERS = new Set(['heading', 'link', 'autolink', 'code'])
const CODE_FORMAT = 16

/** One surface of one target; its place in `Matcher.surfaces` is its rank (lower wins a tie). */
interface Surface {
  /** Index of its target in the list the matcher was built from. */
  target: number
  slug: string
  /** Length of the trimmed surface as written: how much of the text a match covers. */
  length: number
}

interface Matcher {
  /** Longest first; among equal lengths in the order of the targets and their surfaces. */
  surfaces: Surface[]
  automaton: AhoCorasick
  /** The automaton's keyword (lower-cased in English) → ranks of the surfaces spelled so. */
  ranksByKeyword: Map<string, number[]>
}

function buildMatcher(targets: GlossaryLinkTarget[], locale: Locale): Matcher {
  const surfaces = targets
    .flatMap((target, index) =>
      target.surfaces.map((text) => text.trim()).flatMap((text) => (text ? [{ text, target: index }] : [])),
    )
    // Array.prototype.sort is stable, so equal lengths keep the targets' order.
    .sort((a, b) => b.text.length - a.text.length)
  const ranksByKeyword = new Map<string, number[]>()
  surfaces.forEach(({ text }, rank) => {
    const keyword = locale === 'en' ? text.toLowerCase() : text
    const ranks = ranksByKeyword.get(keyword)
    if (ranks) ranks.push(rank)
    else ranksByKeyword.set(keyword, [rank])
  })
  return {
    surfaces: surfaces.map(({ text, target }) => ({ target, slug: targets[target].slug, length: text.length })),
    automaton: new AhoCorasick([...ranksByKeyword.keys()]),
    ranksByKeyword,
  }
}

/**
 * Automata by locale and surfaces. The glossary read for linking is cached (and re-read when a term
 * changes), but each read hands back a fresh array, so the key is what the automaton depends on:
 * the slug and surfaces of each target, in order. Building the key is linear in the glossary's size,
 * building an automaton for 2,000 terms is what is worth saving.
 */
const matchers = new LRUCache<string, Matcher>({ max: 8 })

function matcherFor(targets: GlossaryLinkTarget[], locale: Locale): Matcher {
  const key = `${locale}\u0000${targets.map((target) => [target.slug, ...target.surfaces].join('\u0001')).join('\u0002')}`
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = buildMatcher(targets, locale)
    matchers.set(key, matcher)
  }
  return matcher
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character)

interface Pick {
  start: number
  end: number
  target: number
}

/**
 * The terms to link in one text, left to right: at each place the best surface (longest, then
 * earliest listed) of a term not linked yet; the search goes on after the end of each link. In
 * English a match must not touch a letter or digit on either side; the start of the text and the
 * place just after the previous link count as a boundary.
 */
function picksIn(text: string, matcher: Matcher, linked: Set<string>, locale: Locale, firstOnly: boolean): Pick[] {
  const haystack = locale === 'en' ? text.toLowerCase() : text
  const candidates: { start: number; keywordEnd: number; rank: number }[] = []
  for (const { begin, end, keyword } of matcher.automaton.matchInText(haystack)) {
    for (const rank of matcher.ranksByKeyword.get(keyword) ?? [])
      candidates.push({ start: begin, keywordEnd: end, rank })
  }
  candidates.sort((a, b) => a.start - b.start || a.rank - b.rank)
  const picks: Pick[] = []
  let cursor = 0
  for (const { start, keywordEnd, rank } of candidates) {
    if (start < cursor) continue
    const surface = matcher.surfaces[rank]
    if (linked.has(surface.slug)) continue
    if (locale === 'en' && ((start > cursor && isWordCharacter(text[start - 1])) || isWordCharacter(text[keywordEnd])))
      continue
    picks.push({ start, end: start + surface.length, target: surface.target })
    linked.add(surface.slug)
    cursor = start + surface.length
    if (firstOnly) break
  }
  return picks
}

/**
 * Lower-casing keeps every position in place for almost all text, so one scan of the whole text
 * serves every link in it. A few characters change length (İ → i̇) or case by context (Σ at the end
 * of a word): in such a text each search starts afresh after the previous link, as the matching
 * always has, so the result is the same whichever text it is.
 */
function picksInText(text: string, matcher: Matcher, linked: Set<string>, locale: Locale): Pick[] {
  const positionsKept = locale !== 'en' || (text.toLowerCase().length === text.length && !text.includes('Σ'))
  if (positionsKept) return picksIn(text, matcher, linked, locale, false)
  const picks: Pick[] = []
  for (let offset = 0; ;) {
    const [pick] = picksIn(text.slice(offset), matcher, linked, locale, true)
    if (!pick) return picks
    picks.push({ start: offset + pick.start, end: offset + pick.end, target: pick.target })
    offset += pick.end
  }
}

interface LinkContext {
  targets: GlossaryLinkTarget[]
  matcher: Matcher
  /** Slugs of the terms linked so far in this body. */
  linked: Set<string>
  locale: Locale
}

function linkTextNode(node: LexicalNode, context: LinkContext): LexicalNode[] {
  const text = node.text ?? ''
  const pieces: LexicalNode[] = []
  let cursor = 0
  for (const { start, end, target } of picksInText(text, context.matcher, context.linked, context.locale)) {
    if (start > cursor) pieces.push({ ...node, text: text.slice(cursor, start) })
    const { slug, shortDefinition, surfaces, reading } = context.targets[target]
    const matched = text.slice(start, end)
    const ruby = rubyReading({ matched, term: surfaces[0] ?? '', reading, locale: context.locale })
    const termNode: GlossaryTermNode = {
      type: 'glossaryTerm',
      version: 1,
      slug,
      text: matched,
      definition: shortDefinition,
      format: node.format ?? 0,
      ...(ruby ? { reading: ruby } : {}),
    }
    pieces.push(termNode as unknown as LexicalNode)
    cursor = end
  }
  if (cursor < text.length) pieces.push({ ...node, text: text.slice(cursor) })
  return pieces
}

function linkChildren(children: LexicalNode[], context: LinkContext): LexicalNode[] {
  return children.flatMap((child) => {
    if (child.type === 'text' && !((child.format ?? 0) & CODE_FORMAT)) return linkTextNode(child, context)
    if (child.children && !SKIPPED_CONTAINERS.has(child.type)) {
      return [{ ...child, children: linkChildren(child.children, context) }]
    }
    return [child]
  })
}

/** Whether a linked body (linkGlossaryTerms' result) shows any reading as ruby. */
export function hasRubyReadings(value: unknown): boolean {
  const visit = (node: LexicalNode): boolean =>
    (node.type === 'glossaryTerm' && typeof node.reading === 'string') || (node.children ?? []).some(visit)
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? visit(root) : false
}

export function linkGlossaryTerms<T>(value: T, targets: GlossaryLinkTarget[], locale: Locale): T {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children || targets.length === 0) return value
  const context: LinkContext = { targets, matcher: matcherFor(targets, locale), linked: new Set(), locale }
  const children = linkChildren(root.children, context)
  return { ...(value as object), root: { ...root, children } } as T
}
