/**
 * The table of contents lists the top-level h2 and h3 headings of a Lexical body. The
 * renderer (components/RichTextBody.tsx) numbers every heading whatever its tag, so the index
 * here counts all headings too; otherwise an h4 before an h2 would shift the links by one.
 */

export interface TocEntry {
  id: string
  text: string
  level: 2 | 3
}

interface LexicalNode {
  type?: unknown
  tag?: unknown
  text?: unknown
  children?: unknown
}

/**
 * Ids come from the position, not the text: Japanese headings cannot be slugified to ASCII,
 * and positions stay unique even when two headings read the same.
 */
export function headingId(_text: string, index: number): string {
  return `h-${index + 1}`
}

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? node.children.map((child) => textOf(child ?? {})).join('') : ''
}

export function tableOfContents(value: unknown): TocEntry[] {
  const children = (value as { root?: { children?: unknown } } | null | undefined)?.root?.children
  if (!Array.isArray(children)) return []
  const headings = children.filter((node: LexicalNode | null) => node?.type === 'heading') as LexicalNode[]
  return headings.flatMap((node, index) => {
    if (node.tag !== 'h2' && node.tag !== 'h3') return []
    const text = textOf(node)
    return [{ id: headingId(text, index), text, level: node.tag === 'h2' ? 2 : 3 } satisfies TocEntry]
  })
}
