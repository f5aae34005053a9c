import type { Block } from 'payload'

/** Questions and answers, shown as a list readers can open and given to search engines as FAQPage data. */
export const FaqBlock: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: { singular: { ja: 'よくある質問', en: 'FAQ' }, plural: { ja: 'よくある質問', en: 'FAQs' } },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' } },
    {
      name: 'items',
      type: 'array',
      label: { ja: '質問と回答', en: 'Questions and answers' },
      labels: { singular: { ja: '質問', en: 'Question' }, plural: { ja: '質問', en: 'Questions' } },
      minRows: 1,
      required: true,
      fields: [
        { name: 'question', type: 'text', label: { ja: '質問', en: 'Question' }, required: true },
        { name: 'answer', type: 'textarea', label: { ja: '回答', en: 'Answer' }, required: true },
      ],
    },
  ],
}
