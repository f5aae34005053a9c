import type { Block } from 'payload'

// Minimal config for the seed of branch h/navigation; the page-route helper's version replaces it at merge.
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: { ja: 'よくある質問', en: 'FAQ' }, plural: { ja: 'よくある質問', en: 'FAQs' } },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      label: { ja: '質問', en: 'Questions' },
      fields: [
        { name: 'question', type: 'text', label: { ja: '質問', en: 'Question' }, required: true },
        { name: 'answer', type: 'textarea', label: { ja: '答え', en: 'Answer' }, required: true },
      ],
    },
  ],
}
