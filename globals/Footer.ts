import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '@/access/roles'
import { adminGroups } from '@/collections/admin-groups'
import { pageRelationField } from '@/fields/page-link'

/**
 * The footer of every reader page: who runs the site, links to the about page, the privacy policy
 * and the full disclaimer, and the locale's feeds (always shown; their paths are the site's own).
 * A page left empty, or not published in the reader's locale, is left out.
 */
export const Footer: GlobalConfig = {
  slug: 'footer',
  label: { ja: 'フッター', en: 'Footer' },
  admin: { group: adminGroups.settings },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'organisationName', type: 'text', label: { ja: '運営者名', en: 'Organisation name' }, localized: true },
    { name: 'address', type: 'textarea', label: { ja: '所在地', en: 'Address' }, localized: true },
    pageRelationField('aboutPage', { ja: '運営者情報のページ', en: 'About page' }),
    pageRelationField('privacyPage', { ja: 'プライバシーポリシー', en: 'Privacy policy' }),
    pageRelationField('disclaimerPage', { ja: '免責事項(全文)', en: 'Disclaimer (full text)' }),
  ],
}
