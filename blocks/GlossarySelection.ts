import type { Block } from 'payload'

/** Glossary terms chosen by hand, each with its short definition and a link to its page. */
export const GlossarySelectionBlock: Block = {
  slug: 'glossarySelection',
  interfaceName: 'GlossarySelectionBlock',
  labels: {
    singular: { ja: '用語の選択', en: 'Glossary selection' },
    plural: { ja: '用語の選択', en: 'Glossary selections' },
  },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' } },
    {
      name: 'terms',
      type: 'relationship',
      relationTo: 'glossary-terms',
      hasMany: true,
      required: true,
      minRows: 1,
      label: { ja: '用語', en: 'Terms' },
    },
  ],
}
