import type { CollectionConfig } from 'payload'

import { canEditColumn, draftDocumentAccess } from '@/access/roles'
import { slugField } from '@/fields/slug'
import { pagePath } from '@/lib/i18n/paths'
import { adminPreview } from '@/lib/preview/admin-preview'

import { adminGroups } from './admin-groups'

/** Stem cell therapy, exosomes, conditioned medium...: told apart by what enters the body. */
export const TherapyCategories: CollectionConfig = {
  slug: 'therapy-categories',
  labels: {
    singular: { ja: '治療カテゴリ', en: 'Therapy category' },
    plural: { ja: '治療カテゴリ', en: 'Therapy categories' },
  },
  admin: {
    group: adminGroups.column,
    useAsTitle: 'name',
    defaultColumns: ['name', 'introduces', 'order', '_status'],
    ...adminPreview(pagePath.category),
  },
  access: draftDocumentAccess(canEditColumn),
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: { ja: '名称', en: 'Name' }, required: true, localized: true },
    slugField({ from: 'name' }),
    {
      name: 'introduces',
      type: 'text',
      label: { ja: '体に入れるもの', en: 'What is introduced into the body' },
      required: true,
      localized: true,
      admin: { description: { ja: '一行で。例: 細胞そのもの', en: 'One line, e.g. "the cells themselves"' } },
    },
    { name: 'description', type: 'textarea', label: { ja: '説明', en: 'Description' }, localized: true },
    {
      name: 'checkpoints',
      type: 'array',
      label: { ja: '治療前に確認したいこと', en: 'Points to check before treatment' },
      labels: { singular: { ja: '確認点', en: 'Point' }, plural: { ja: '確認点', en: 'Points' } },
      fields: [{ name: 'point', type: 'text', label: { ja: '確認点', en: 'Point' }, required: true, localized: true }],
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
