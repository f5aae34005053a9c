import type { Block } from 'payload'

/** A list of published episodes: one series in order, one therapy category newest first, or chosen by hand. */
export const EpisodeListBlock: Block = {
  slug: 'episodeList',
  interfaceName: 'EpisodeListBlock',
  labels: {
    singular: { ja: 'エピソード一覧', en: 'Episode list' },
    plural: { ja: 'エピソード一覧', en: 'Episode lists' },
  },
  fields: [
    { name: 'heading', type: 'text', label: { ja: '見出し', en: 'Heading' } },
    {
      name: 'source',
      type: 'select',
      label: { ja: '選び方', en: 'Episodes from' },
      required: true,
      defaultValue: 'series',
      options: [
        { value: 'series', label: { ja: 'シリーズ', en: 'A series' } },
        { value: 'category', label: { ja: '治療カテゴリ', en: 'A therapy category' } },
        { value: 'chosen', label: { ja: '個別に選ぶ', en: 'Chosen by hand' } },
      ],
    },
    {
      name: 'series',
      type: 'relationship',
      relationTo: 'series',
      label: { ja: 'シリーズ', en: 'Series' },
      admin: { condition: (_data, block) => block?.source === 'series' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'therapy-categories',
      label: { ja: '治療カテゴリ', en: 'Therapy category' },
      admin: { condition: (_data, block) => block?.source === 'category' },
    },
    {
      name: 'episodes',
      type: 'relationship',
      relationTo: 'episodes',
      hasMany: true,
      label: { ja: 'エピソード', en: 'Episodes' },
      admin: { condition: (_data, block) => block?.source === 'chosen' },
    },
    {
      name: 'limit',
      type: 'number',
      label: { ja: '表示する数(上限)', en: 'At most' },
      min: 1,
      max: 50,
      admin: {
        description: { ja: '空欄ならすべて表示します。', en: 'Empty shows them all.' },
      },
    },
  ],
}
