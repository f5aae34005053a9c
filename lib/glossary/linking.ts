/**
 * Links the first occurrence of each glossary term (or alias) in an episode body to its page,
 * on the server. Japanese is written without spaces, so Japanese terms match anywhere in the
 * text; English terms match whole words only, ignoring case. Where several terms start at the
 * same place the longest wins (間葉系幹細胞 before 幹細胞). Headings, links and code are left alone.
 */
import type { Locale } from '@/lib/i18n/locales'

export interface GlossaryLinkTarget {
  slug: string
  /** The term and its aliases in the page's locale. */
  surfaces: string[]
  shortDefinition: string
}

/** The node that replaces a matched piece of text; rendered by components/RichTextBody.tsx. */
export interface GlossaryTermNode {
  type: 'glossaryTerm'
  version: 1
  slug: string
  text: string
  definition: string
  format: number
}

type LexicalNode = { type: string; text?: string; format?: number; children?: LexicalNode[]; [key: string]: unknown }

const SKIPPED_CONTAINERS = new Set(['heading', 'link', 'autolink', 'code'])
const CODE_FORMAT = 16

interface Surface {
  text: string
  target: GlossaryLinkTarget
}

function surfacesByLength(targets: GlossaryLinkTarget[]): Surface[] {
  return targets
    .flatMap((target) => target.surfaces.filter((text) => text.trim()).map((text) => ({ text: text.trim(), target })))
    .sort((a, b) => b.text.length - a.text.length)
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character)

function findAt(text: string, surface: string, from: number, locale: Locale): number {
  const haystack = locale === 'en' ? text.toLowerCase() : text
  const needle = locale === 'en' ? surface.toLowerCase() : surface
  for (let index = haystack.indexOf(needle, from); index !== -1; index = haystack.indexOf(needle, index + 1)) {
    if (locale !== 'en') return index
    if (!isWordCharacter(text[index - 1]) && !isWordCharacter(text[index + needle.length])) return index
  }
  return -1
}

/** The earliest match of a term not linked yet; at equal positions the longest surface. */
function earliestMatch(text: string, surfaces: Surface[], linked: Set<string>, locale: Locale) {
  let best: { index: number; surface: Surface } | undefined
  for (const surface of surfaces) {
    if (linked.has(surface.target.slug)) continue
    const index = findAt(text, surface.text, 0, locale)
    if (index !== -1 && (!best || index < best.index)) best = { index, surface }
  }
  return best
}

function linkTextNode(node: LexicalNode, surfaces: Surface[], linked: Set<string>, locale: Locale): LexicalNode[] {
  const pieces: LexicalNode[] = []
  let rest = node.text ?? ''
  for (
    let match = earliestMatch(rest, surfaces, linked, locale);
    match;
    match = earliestMatch(rest, surfaces, linked, locale)
  ) {
    const { index, surface } = match
    const end = index + surface.text.length
    if (index > 0) pieces.push({ ...node, text: rest.slice(0, index) })
    const termNode: GlossaryTermNode = {
      type: 'glossaryTerm',
      version: 1,
      slug: surface.target.slug,
      text: rest.slice(index, end),
      definition: surface.target.shortDefinition,
      format: node.format ?? 0,
    }
    pieces.push(termNode as unknown as LexicalNode)
    linked.add(surface.target.slug)
    rest = rest.slice(end)
  }
  if (rest) pieces.push({ ...node, text: rest })
  return pieces
}

function linkChildren(
  children: LexicalNode[],
  surfaces: Surface[],
  linked: Set<string>,
  locale: Locale,
): LexicalNode[] {
  return children.flatMap((child) => {
    if (child.type === 'text' && !((child.format ?? 0) & CODE_FORMAT))
      return linkTextNode(child, surfaces, linked, locale)
    if (child.children && !SKIPPED_CONTAINERS.has(child.type)) {
      return [{ ...child, children: linkChildren(child.children, surfaces, linked, locale) }]
    }
    return [child]
  })
}

export function linkGlossaryTerms<T>(value: T, targets: GlossaryLinkTarget[], locale: Locale): T {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children || targets.length === 0) return value
  const linked = new Set<string>()
  const children = linkChildren(root.children, surfacesByLength(targets), linked, locale)
  return { ...(value as object), root: { ...root, children } } as T
}
