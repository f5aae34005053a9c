import type { Block } from 'payload'

// Minimal config for the seed of branch h/navigation; the page-route helper's version replaces it at merge.
export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { ja: '呼びかけ', en: 'Call to action' }, plural: { ja: '呼びかけ', en: 'Calls to action' } },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' }, required: true },
    { name: 'body', type: 'textarea', label: { ja: '本文', en: 'Text' } },
    { name: 'label', type: 'text', label: { ja: 'ボタンの文言', en: 'Button label' } },
    { name: 'page', type: 'relationship', relationTo: 'pages', label: { ja: 'リンク先のページ', en: 'Page' } },
  ],
}
