import type { CollectionConfig } from 'payload'

/** People who sign in to the admin. The first one is created at /admin on a fresh database. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email'],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { ja: '表示名', en: 'Display name' },
    },
  ],
}
