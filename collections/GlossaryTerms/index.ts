import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { canEditGlossary, draftDocumentAccess } from '@/access/roles'
import { withExistingRelations } from '@/fields/existing-relations'
import { slugField } from '@/fields/slug'
import { translate } from '@/lib/payload/validation-error'
import { validateAbsoluteUrl } from '@/fields/web-address'
import { isKanaReading } from '@/lib/glossary/reading'
import { SHORT_DEFINITION_MAX_LENGTH } from '@/lib/glossary/short-definition'
import { pagePath } from '@/lib/i18n/paths'
import { adminPreview } from '@/lib/preview/admin-preview'

import { adminGroups } from '@/collections/admin-groups'

import { glossaryCsvEndpoints } from './endpoints/csv'

export { SHORT_DEFINITION_MAX_LENGTH }

const validateReading: TextFieldSingleValidation = (value, { req }) => {
  if (!value?.trim()) return translate(req, 'column:readingRequired')
  return isKanaReading(value) ? true : translate(req, 'column:readingInvalid')
}

/** A term readers can look up, linked automatically from episode text. Kept up to date by staff. */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: { ja: '用語', en: 'Glossary term' }, plural: { ja: '用語', en: 'Glossary terms' } },
  admin: {
    group: adminGroups.glossary,
    useAsTitle: 'term',
    defaultColumns: ['term', 'reading', 'shortDefinition', '_status', 'updatedAt'],
    ...adminPreview(pagePath.glossaryTerm),
    // Export and import as CSV, for glossary staff (docs/glossary-csv.md).
    components: { beforeListTable: ['@/components/admin/GlossaryCsv#GlossaryCsv'] },
  },
  access: draftDocumentAccess(canEditGlossary),
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  defaultSort: 'reading',
  endpoints: glossaryCsvEndpoints,
  fields: withExistingRelations([
    { name: 'term', type: 'text', label: { ja: '用語', en: 'Term' }, required: true, localized: true },
    slugField({ from: 'term' }),
    {
      name: 'reading',
      type: 'text',
      label: { ja: '読み(よみがな)', en: 'Reading (yomigana)' },
      required: true,
      validate: validateReading,
      admin: {
        description: {
          ja: 'ひらがな・カタカナで。五十音順の並びに使います。',
          en: 'In kana; used for the Japanese あいうえお ordering.',
        },
      },
    },
    {
      name: 'aliases',
      type: 'array',
      label: { ja: '別名・言い換え', en: 'Aliases and synonyms' },
      labels: { singular: { ja: '別名', en: 'Alias' }, plural: { ja: '別名', en: 'Aliases' } },
      localized: true,
      admin: {
        description: { ja: '本文中でこの用語を見つけるのに使います。', en: 'Used to find this term in episode text.' },
      },
      fields: [{ name: 'alias', type: 'text', label: { ja: '別名', en: 'Alias' }, required: true }],
    },
    {
      name: 'shortDefinition',
      type: 'textarea',
      label: { ja: '短い説明(ツールチップ)', en: 'Short definition (tooltip)' },
      required: true,
      localized: true,
      maxLength: SHORT_DEFINITION_MAX_LENGTH,
    },
    { name: 'explanation', type: 'richText', label: { ja: '詳しい説明', en: 'Full explanation' }, localized: true },
    {
      name: 'relatedTerms',
      type: 'relationship',
      label: { ja: '関連する用語', en: 'Related terms' },
      relationTo: 'glossary-terms',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'therapyCategories',
      type: 'relationship',
      label: { ja: '治療カテゴリ', en: 'Therapy categories' },
      relationTo: 'therapy-categories',
      hasMany: true,
    },
    {
      name: 'sources',
      type: 'array',
      label: { ja: '出典', en: 'Sources' },
      labels: { singular: { ja: '出典', en: 'Source' }, plural: { ja: '出典', en: 'Sources' } },
      fields: [
        { name: 'title', type: 'text', label: { ja: '名称', en: 'Title' }, required: true },
        { name: 'url', type: 'text', label: { ja: 'URL', en: 'URL' }, required: true, validate: validateAbsoluteUrl },
      ],
    },
  ]),
}
