import type { Field } from 'payload'

import { isAdminField, isStaffField } from '@/access/roles'
import { withExistingRelations } from '@/fields/existing-relations'

const noWrites = { create: () => false, update: () => false }

/**
 * The findings of the last save, per locale (stored by storeClaimsReview): the list view shows
 * and filters documents with promises to review (`claimsReview.errors` greater than 0). Staff
 * read them; nobody writes them, the hook sets them on every save.
 */
const storedFindings: Field = {
  name: 'claimsReview',
  type: 'group',
  localized: true,
  label: { ja: '確認が必要な表現(保存時)', en: 'Promises to review (at last save)' },
  access: { read: isStaffField, ...noWrites },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    { name: 'errors', type: 'number', label: { ja: 'エラー', en: 'Errors' }, admin: { readOnly: true } },
    { name: 'warnings', type: 'number', label: { ja: '注意', en: 'Warnings' }, admin: { readOnly: true } },
    // { ruleId, category, severity, field, match } of each finding: read over the API, shown by the panel above.
    {
      name: 'findings',
      type: 'json',
      admin: { hidden: true },
      typescriptSchema: [
        () => ({
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['ruleId', 'category', 'severity', 'field', 'match'],
            properties: {
              ruleId: { type: 'string' },
              category: { type: 'string' },
              severity: { type: 'string', enum: ['error', 'warning'] },
              field: { type: 'string' },
              match: { type: 'string' },
            },
          },
        }),
      ],
    },
  ],
}

/** The findings panel, the stored findings, and the override an admin records with its reason; all in the sidebar. */
export function claimsReviewFields(): Field[] {
  return withExistingRelations([
    {
      name: 'claimFindings',
      type: 'ui',
      label: { ja: '表現チェック', en: 'Claims check' },
      admin: { position: 'sidebar', components: { Field: '@/components/admin/ClaimFindings#ClaimFindings' } },
    },
    storedFindings,
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
