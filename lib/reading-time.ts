/**
 * Reading time for both locales. Japanese is written without spaces between words, so a
 * word count means nothing there; reading speed is measured in characters instead.
 */

const JA_CHARACTERS_PER_MINUTE = 500
const EN_WORDS_PER_MINUTE = 200

export function readingMinutes(text: string, locale: 'ja' | 'en'): number {
  const amount =
    locale === 'ja'
      ? // Spread counts code points, so a surrogate pair (rare kanji, emoji) is one character.
        [...text.replace(/\s+/g, '')].length / JA_CHARACTERS_PER_MINUTE
      : text.split(/\s+/).filter(Boolean).length / EN_WORDS_PER_MINUTE
  return Math.max(1, Math.ceil(amount))
}

// Block nodes end a line, so words from adjacent paragraphs are not glued together.
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote'])

interface LexicalNode {
  type?: unknown
  text?: unknown
  children?: unknown
}

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const inner = Array.isArray(node.children) ? node.children.map((child) => textOf(child ?? {})).join('') : ''
  return typeof node.type === 'string' && BLOCK_TYPES.has(node.type) ? `${inner}\n` : inner
}

export function plainTextOfRichText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  return textOf(root).replace(/\n$/, '')
}
