import type { CollectionConfig, DateFieldValidation } from 'payload'

import { canEditDisclaimer, canReadDisclaimerVersions, draftDocumentAccess } from '@/access/roles'
import { translate } from '@/lib/payload/validation-error'
import { adminGroups } from '@/collections/admin-groups'

import {
  noteCoverageBeforeChange,
  noteCoverageBeforeDelete,
  refuseUncoveredAfterChange,
  refuseUncoveredAfterDelete,
} from './hooks/keepSiteDisclaimerActive'
import { requireBothLocalesWhenPublished } from './hooks/requireBothLocales'
import { succeedPreviousSiteDisclaimer } from './hooks/succeedPreviousSiteDisclaimer'

/** About two lines at the top of a phone's screen, so the page's title stays in its first screen. */
export const summaryMaxLength = 80

export const disclaimerKinds = ['site', 'topic', 'podcast'] as const

const endsAfterStart: DateFieldValidation = (value, { req, siblingData }) => {
  const from = (siblingData as { activeFrom?: string }).activeFrom
  if (value && from && new Date(value) <= new Date(from)) return translate(req, 'column:activeUntilBeforeFrom')
  return true
}

/**
 * Disclaimers: `site` is the non-medical disclaimer on every page (admins only); `topic` ones are
 * attached to episodes or categories; `podcast` ones accompany audio.
 */
export const Disclaimers: CollectionConfig = {
  slug: 'disclaimers',
  labels: { singular: { ja: '免責文', en: 'Disclaimer' }, plural: { ja: '免責文', en: 'Disclaimers' } },
  admin: {
    group: adminGroups.settings,
    useAsTitle: 'versionLabel',
    defaultColumns: ['versionLabel', 'kind', 'activeFrom', 'activeUntil', '_status'],
  },
  access: draftDocumentAccess(canEditDisclaimer, canReadDisclaimerVersions),
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeChange: [noteCoverageBeforeChange],
    afterChange: [requireBothLocalesWhenPublished, succeedPreviousSiteDisclaimer, refuseUncoveredAfterChange],
    beforeDelete: [noteCoverageBeforeDelete],
    afterDelete: [refuseUncoveredAfterDelete],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: { ja: '種類', en: 'Kind' },
      required: true,
      defaultValue: 'topic',
      options: [
        { value: 'site', label: { ja: 'サイト全体(全ページ)', en: 'Site (every page)' } },
        { value: 'topic', label: { ja: 'トピック', en: 'Topic' } },
        { value: 'podcast', label: { ja: 'ポッドキャスト', en: 'Podcast' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'versionLabel',
      type: 'text',
      label: { ja: '版の名前', en: 'Version label' },
      required: true,
      admin: { description: { ja: '例: 2026年11月版', en: 'e.g. November 2026' } },
    },
    { name: 'text', type: 'richText', label: { ja: '本文', en: 'Text' }, required: true, localized: true },
    {
      // The site disclaimer's one sentence at the top of every page, which opens to the text
      // (components/DisclaimerNotice.tsx); the full text is also at the end of the page. Left
      // empty, the built-in sentence of messages/<locale>.json is shown.
      name: 'summary',
      type: 'text',
      label: { ja: '要約(ページ上部の一文)', en: 'Summary (the sentence at the top of pages)' },
      localized: true,
      maxLength: summaryMaxLength,
      admin: {
        condition: (data) => data?.kind === 'site',
        description: {
          ja: `${summaryMaxLength}文字まで。空欄なら既定の一文を表示します。`,
          en: `Up to ${summaryMaxLength} characters. Left empty, the built-in sentence is shown.`,
        },
      },
    },
    {
      name: 'activeFrom',
      type: 'date',
      label: { ja: '有効開始', en: 'Active from' },
      required: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'activeUntil',
      type: 'date',
      label: { ja: '有効終了', en: 'Active until' },
      validate: endsAfterStart,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
