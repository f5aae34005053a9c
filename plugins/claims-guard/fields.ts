import type { Field } from 'payload'

import { isAdminField, isStaffField } from '@/access/roles'
import { withExistingRelations } from '@/fields/existing-relations'

const noWrites = { create: () => false, update: () => false }

/** The findings panel, and the override an admin records with its reason; both in the sidebar. */
export function claimsReviewFields(): Field[] {
  return withExistingRelations([
    {
      name: 'claimFindings',
      type: 'ui',
      label: { ja: '表現チェック', en: 'Claims check' },
      admin: { position: 'sidebar', components: { Field: '@/components/admin/ClaimFindings#ClaimFindings' } },
    },
    {
      name: 'claimsOverride',
      type: 'group',
      label: { ja: '表現チェックの承認(管理者)', en: 'Claims check override (admin)' },
      // Who approved which promise, and why, is the organisation's own record: never public.
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'reason',
          type: 'textarea',
          access: { create: isAdminField, update: isAdminField },
          label: { ja: '承認の理由', en: 'Reason for the override' },
          admin: {
            description: {
              ja: 'エラーの指摘があるまま公開する理由。今の指摘だけに有効で、履歴に残ります。',
              en: 'Why this may be published despite its error findings. Covers the current findings only; kept in the history.',
            },
          },
        },
        // Set by stampClaimsOverride only: nobody writes these through the API.
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', access: noWrites, admin: { readOnly: true } },
        { name: 'approvedAt', type: 'date', access: noWrites, admin: { readOnly: true } },
        // What the override was given for: "locale|rule|phrase" of each error finding.
        { name: 'covers', type: 'json', access: noWrites, admin: { hidden: true } },
      ],
    },
  ])
}
