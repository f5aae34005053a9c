import type { Block } from 'payload'

// Minimal config for the seed of branch h/navigation; the page-route helper's version replaces it at merge.
export const EpisodeListBlock: Block = {
  slug: 'episodeList',
  interfaceName: 'EpisodeListBlock',
  labels: { singular: { ja: '記事の一覧', en: 'Episode list' }, plural: { ja: '記事の一覧', en: 'Episode lists' } },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' } },
    {
      name: 'source',
      type: 'select',
      label: { ja: '選び方', en: 'Source' },
      required: true,
      defaultValue: 'series',
      options: [
        { value: 'series', label: { ja: 'シリーズ', en: 'Series' } },
        { value: 'category', label: { ja: '療法の分類', en: 'Therapy category' } },
        { value: 'chosen', label: { ja: '手で選ぶ', en: 'Chosen by hand' } },
      ],
    },
    { name: 'series', type: 'relationship', relationTo: 'series', label: { ja: 'シリーズ', en: 'Series' } },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'therapy-categories',
      label: { ja: '療法の分類', en: 'Therapy category' },
    },
    {
      name: 'episodes',
      type: 'relationship',
      relationTo: 'episodes',
      hasMany: true,
      label: { ja: '記事', en: 'Episodes' },
    },
    { name: 'limit', type: 'number', min: 1, max: 24, label: { ja: '件数', en: 'Limit' } },
  ],
}
