import type { CollectionConfig } from 'payload'

import { canEditColumn, draftDocumentAccess } from '@/access/roles'
import { slugField } from '@/fields/slug'

import { adminGroups } from './admin-groups'

/** A numbered run of episodes, e.g. "Understanding regenerative medicine, in 10 parts". */
export const Series: CollectionConfig = {
  slug: 'series',
  labels: { singular: { ja: 'シリーズ', en: 'Series' }, plural: { ja: 'シリーズ', en: 'Series' } },
  admin: {
    group: adminGroups.column,
    useAsTitle: 'title',
    defaultColumns: ['title', 'plannedEpisodeCount', 'order', '_status'],
  },
  access: draftDocumentAccess(canEditColumn),
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', label: { ja: 'タイトル', en: 'Title' }, required: true, localized: true },
    slugField(),
    { name: 'description', type: 'textarea', label: { ja: '説明', en: 'Description' }, localized: true },
    {
      name: 'plannedEpisodeCount',
      type: 'number',
      label: { ja: '予定話数', en: 'Planned episodes' },
      required: true,
      min: 1,
      defaultValue: 10,
      admin: { step: 1 },
    },
    {
      name: 'order',
      type: 'number',
      label: { ja: '表示順', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
  ],
}
