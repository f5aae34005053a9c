import type { CollectionConfig } from 'payload'

import { anyone, canEditColumn } from '@/access/roles'

import { adminGroups } from './admin-groups'

/** The people shown as an episode's author. Separate from Users: no e-mail, nothing private. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: { ja: '著者', en: 'Author' }, plural: { ja: '著者', en: 'Authors' } },
  admin: { group: adminGroups.column, useAsTitle: 'displayName' },
  access: { read: anyone, create: canEditColumn, update: canEditColumn, delete: canEditColumn },
  fields: [
    { name: 'displayName', type: 'text', label: { ja: '表示名', en: 'Display name' }, required: true, localized: true },
    { name: 'bio', type: 'textarea', label: { ja: '短い紹介', en: 'Short bio' }, localized: true, maxLength: 400 },
  ],
}
