/**
 * The glossary linker as it was before the Aho–Corasick matcher (lib/glossary/linking.ts): every
 * surface is searched for with indexOf at every step, so its cost grows with terms × text. Kept as
 * the oracle for tests/unit/glossary-linking-equivalence.test.ts and as the "old" figure of
 * `npm run bench:glossary`; nothing at run time uses it.
 */
import type { Locale } from '@/lib/i18n/locales'
import type { GlossaryLinkTarget, GlossaryTermNode } from '@/lib/glossary/linking'

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

export function linkGlossaryTermsByReference<T>(value: T, targets: GlossaryLinkTarget[], locale: Locale): T {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children || targets.length === 0) return value
  const linked = new Set<string>()
  const children = linkChildren(root.children, surfacesByLength(targets), linked, locale)
  return { ...(value as object), root: { ...root, children } } as T
}
