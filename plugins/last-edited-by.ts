/**
 * Who saved a document last (`lastEditedBy`), on the collections editors draft in: the dashboard's
 * desk lists "my drafts" from it (lib/editors-desk/drafts.ts). Payload keeps versions but not who
 * made them. Set on every save by a signed-in person, autosaves included; a save without a user (a
 * scheduled publication, a script) leaves it as it was, so a job never becomes anyone's draft.
 */
import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, Field, Plugin } from 'payload'

import { isStaffField } from '@/access/roles'

const noWrites = { create: () => false, update: () => false }

const lastEditedByField: Field = {
  name: 'lastEditedBy',
  type: 'relationship',
  relationTo: 'users',
  label: { ja: '最後に保存した人', en: 'Last saved by' },
  // Staff read it; nobody writes it: the hook below does, past field access.
  access: { read: isStaffField, ...noWrites },
  admin: { position: 'sidebar', readOnly: true },
}

const stampLastEditedBy: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user?.collection === 'users') data.lastEditedBy = req.user.id
  return data
}

export function lastEditedBy({ collections }: { collections: CollectionSlug[] }): Plugin {
  const slugs = new Set<string>(collections)
  const stamped = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    fields: [...collection.fields, lastEditedByField],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), stampLastEditedBy],
    },
  })
  return (config) => ({
    ...config,
    collections: config.collections?.map((collection) =>
      slugs.has(collection.slug) ? stamped(collection) : collection,
    ),
  })
}
