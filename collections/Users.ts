import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, roleLabels, roles } from '@/access/roles'
import { enforcePasswordPolicy } from '@/lib/accounts/enforce-password-policy'
import { firstRegisterByCommandLineOnly, firstUserIsAdmin } from '@/lib/accounts/first-user'
import { refuseForgotPasswordWithoutEmail } from '@/lib/accounts/password-reset-availability'
import { passwordResetHtml, passwordResetLinkLifetime, passwordResetSubject } from '@/lib/accounts/password-reset-email'
import { sessionCookieOptions } from '@/lib/accounts/session-cookies'
import { env } from '@/lib/env'
import { limitAuthenticationThroughGraphQL } from '@/lib/security/graphql-authentication-limits'

import { adminGroups } from './admin-groups'

/** People who sign in to the admin, each with one role (see access/roles.ts). */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { ja: 'ユーザー', en: 'User' }, plural: { ja: 'ユーザー', en: 'Users' } },
  auth: {
    // Five wrong passwords in a row lock the account for ten minutes, whichever addresses they
    // come from; a correct login or a password reset clears the count, and an admin can unlock
    // it in the admin (Unlock) at once.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: sessionCookieOptions(env.SITE_URL),
    forgotPassword: {
      expiration: passwordResetLinkLifetime,
      generateEmailSubject: passwordResetSubject,
      generateEmailHTML: passwordResetHtml,
    },
  },
  // In production the first administrator is created with `npm run create-admin`.
  endpoints: env.NODE_ENV === 'production' ? [firstRegisterByCommandLineOnly] : [],
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
  hooks: {
    beforeOperation: [limitAuthenticationThroughGraphQL, enforcePasswordPolicy, refuseForgotPasswordWithoutEmail],
    beforeChange: [firstUserIsAdmin],
  },
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
