/**
 * Builds Lexical rich-text values from plain blocks: what the seed and the tests write into
 * body, explanation and disclaimer fields. The shapes follow Lexical's serialized nodes.
 */
import type { Episode } from '@/payload-types'

/** The stored shape of every Lexical field (Payload generates one type per field; all agree). */
export type RichTextValue = Episode['body']

export type PlainBlock =
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'quote'; text: string }

const elementDefaults = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

function textNode(text: string) {
  return { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

function blockNode(block: PlainBlock) {
  switch (block.type) {
    case 'heading':
    case 'subheading':
      return {
        type: 'heading',
        tag: block.type === 'heading' ? 'h2' : 'h3',
        ...elementDefaults,
        children: [textNode(block.text)],
      }
    case 'quote':
      return { type: 'quote', ...elementDefaults, children: [textNode(block.text)] }
    case 'list':
      return {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        ...elementDefaults,
        children: block.items.map((item, index) => ({
          type: 'listitem',
          value: index + 1,
          ...elementDefaults,
          children: [textNode(item)],
        })),
      }
    case 'paragraph':
      return { type: 'paragraph', textFormat: 0, textStyle: '', ...elementDefaults, children: [textNode(block.text)] }
  }
}

export function richTextFromBlocks(blocks: PlainBlock[]): RichTextValue {
  return {
    root: { type: 'root', ...elementDefaults, children: blocks.map(blockNode) },
  } as RichTextValue
}

export function richTextFromParagraphs(paragraphs: string[]): RichTextValue {
  return richTextFromBlocks(paragraphs.map((text) => ({ type: 'paragraph', text })))
}
