import type { Block } from 'payload'

/** Running text: headings, paragraphs, lists and links, as in an episode's body. */
export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: { ja: '本文', en: 'Rich text' }, plural: { ja: '本文', en: 'Rich text' } },
  fields: [{ name: 'content', type: 'richText', label: { ja: '本文', en: 'Text' }, required: true }],
}
