import type { GlobalConfig } from 'payload'

import { anyone, canEditColumn } from '@/access/roles'
import { consultCallToActionFields } from '@/fields/consult-call-to-action'

import { adminGroups } from '@/collections/admin-groups'

/** Site-wide settings: the default consult call to action that episodes show. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { ja: 'サイト設定', en: 'Site settings' },
  admin: { group: adminGroups.settings },
  access: { read: anyone, update: canEditColumn },
  fields: [
    {
      name: 'consultCallToAction',
      type: 'group',
      label: { ja: '相談の呼びかけ(既定)', en: 'Consult call to action (default)' },
      fields: consultCallToActionFields(),
    },
  ],
}
