import type { GlobalConfig, RelationshipFieldSingleValidation } from 'payload'

import { anyone, isAdmin } from '@/access/roles'
import { adminGroups } from '@/collections/admin-groups'
import { translate } from '@/lib/payload/validation-error'

/** The sections of the reader site a header link may point to, besides a page. */
export const headerDestinations = ['page', 'home', 'glossary', 'search'] as const
export type HeaderDestination = (typeof headerDestinations)[number]

const destinationLabels: Record<HeaderDestination, { ja: string; en: string }> = {
  page: { ja: 'ページ', en: 'A page' },
  home: { ja: 'コラムのトップ(シリーズ一覧)', en: 'Column home (series list)' },
  glossary: { ja: '用語集', en: 'Glossary' },
  search: { ja: '検索', en: 'Search' },
}

/** A page link without a page would show nothing: refused with a field message instead. */
const pageOfPageLink: RelationshipFieldSingleValidation = (value, { siblingData, req }) =>
  (siblingData as { destination?: string }).destination !== 'page' || value
    ? true
    : translate(req, 'column:headerPageNeeded')

/**
 * The links of the header on every reader page. Destinations are chosen, never typed, so a link
 * cannot point nowhere; a page not published in the reader's locale is left out of that locale's
 * header (lib/content/navigation.ts). Empty, the site shows home, glossary and search.
 */
export const Header: GlobalConfig = {
  slug: 'header',
  label: { ja: 'ヘッダー', en: 'Header' },
  admin: { group: adminGroups.settings },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'links',
      type: 'array',
      label: { ja: 'リンク', en: 'Links' },
      labels: { singular: { ja: 'リンク', en: 'Link' }, plural: { ja: 'リンク', en: 'Links' } },
      maxRows: 8,
      fields: [
        {
          name: 'destination',
          type: 'select',
          label: { ja: 'リンク先', en: 'Destination' },
          required: true,
          defaultValue: 'page',
          options: headerDestinations.map((value) => ({ value, label: destinationLabels[value] })),
        },
        {
          name: 'page',
          type: 'relationship',
          relationTo: 'pages',
          label: { ja: 'ページ', en: 'Page' },
          admin: { condition: (_, siblingData) => siblingData?.destination === 'page' },
          validate: pageOfPageLink,
        },
        {
          name: 'label',
          type: 'text',
          label: { ja: '表示名', en: 'Label' },
          localized: true,
          admin: {
            description: {
              ja: '空欄ならページのタイトル、またはサイトの既定の名前。',
              en: "Empty: the page's title, or the site's own name for the section.",
            },
          },
        },
      ],
    },
  ],
}
