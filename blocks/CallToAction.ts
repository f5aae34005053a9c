import type { Block } from 'payload'

/** A box that invites the reader to another page of ours: the consultation page unless another is chosen. */
export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: { ja: '呼びかけ', en: 'Call to action' }, plural: { ja: '呼びかけ', en: 'Calls to action' } },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' }, required: true },
    { name: 'body', type: 'textarea', label: { ja: '本文', en: 'Text' } },
    { name: 'label', type: 'text', label: { ja: 'ボタンの文言', en: 'Button text' } },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      label: { ja: 'リンク先のページ', en: 'Page it links to' },
      admin: {
        description: {
          ja: '空欄なら、公開中の「ご相談」ページにリンクします。リンク先が公開されていなければボタンは表示されません。',
          en: 'Empty links the published consultation page. Without a published page to link, no button is shown.',
        },
      },
    },
  ],
}
