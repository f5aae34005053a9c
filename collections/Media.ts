import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { anyone, canEditColumn } from '@/access/roles'
import { translate } from '@/fields/validation-error'
import { revalidationHooks } from '@/lib/cache/revalidation-hooks'
import { cacheTags } from '@/lib/cache/tags'

import { adminGroups } from './admin-groups'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Images need alternative text in every locale they are shown in; audio does not. */
const altRequiredForImages: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const mimeType = (siblingData as { mimeType?: string }).mimeType
  if (mimeType?.startsWith('image/') && !value?.trim()) return translate(req, 'column:altRequired')
  return true
}

// Media (alt text, audio) are shown on the episodes that use them.
const revalidate = revalidationHooks(() => [cacheTags.episodes])

/** Images (hero, share, inline) and podcast audio. sharp makes the image sizes. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ja: 'メディア', en: 'Media' }, plural: { ja: 'メディア', en: 'Media' } },
  admin: { group: adminGroups.column, useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType'] },
  access: { read: anyone, create: canEditColumn, update: canEditColumn, delete: canEditColumn },
  hooks: { afterChange: [revalidate.afterChange], afterDelete: [revalidate.afterDelete] },
  upload: {
    staticDir: path.join(projectRoot, 'media'),
    mimeTypes: ['image/*', 'audio/*'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
      { name: 'share', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { ja: '代替テキスト', en: 'Alternative text' },
      localized: true,
      validate: altRequiredForImages,
    },
  ],
}
