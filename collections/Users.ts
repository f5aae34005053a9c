import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, roleLabels, roles } from '@/access/roles'

import { adminGroups } from './admin-groups'

/** The first account on a fresh database is created at /admin, and must be able to do everything. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

/** People who sign in to the admin, each with one role (see access/roles.ts). */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { ja: 'ユーザー', en: 'User' }, plural: { ja: 'ユーザー', en: 'Users' } },
  auth: true,
  admin: {
    group: adminGroups.settings,
    // Everyone reaches their own account from the avatar menu; only admins manage the list.
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: { ja: '表示名', en: 'Display name' } },
    {
      name: 'role',
      type: 'select',
      label: { ja: '役割', en: 'Role' },
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      admin: { position: 'sidebar' },
    },
  ],
}
