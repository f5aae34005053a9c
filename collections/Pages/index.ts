import type { CollectionConfig } from 'payload'

import { canEditColumn, draftDocumentAccess } from '@/access/roles'
import { adminGroups } from '@/collections/admin-groups'
import { pageBlocks } from '@/blocks'
import { slugField } from '@/fields/slug'
import { pagePath, reservedPageSlugs } from '@/lib/i18n/paths'
import { adminPreview } from '@/lib/preview/admin-preview'

import { refuseSecondConsultationForm } from './hooks/refuseSecondConsultationForm'

/** What a page is for: its structured data type, and how the site finds it (the consultation page, the privacy policy…). */
export const pageKinds = ['general', 'about', 'consultation', 'privacy', 'disclaimer', 'topic'] as const
export type PageKind = (typeof pageKinds)[number]

const pageKindLabels: Record<PageKind, { ja: string; en: string }> = {
  general: { ja: '一般', en: 'General' },
  about: { ja: '運営者情報', en: 'About the organisation' },
  consultation: { ja: 'ご相談', en: 'Consultation' },
  privacy: { ja: 'プライバシーポリシー', en: 'Privacy policy' },
  disclaimer: { ja: '免責事項(全文)', en: 'Disclaimer (full text)' },
  topic: { ja: 'トピック(領域・状況別)', en: 'Topic (therapy area or situation)' },
}

/**
 * The organisation's own pages, at /[locale]/<slug>: about, privacy policy, consultation, the
 * disclaimer in full, and topic landing pages. Built from blocks (blocks/) that editors arrange;
 * published per locale, like episodes.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { ja: 'ページ', en: 'Page' }, plural: { ja: 'ページ', en: 'Pages' } },
  admin: {
    group: adminGroups.site,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'kind', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    ...adminPreview(pagePath.page),
  },
  access: draftDocumentAccess(canEditColumn),
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true, localizeStatus: true },
    maxPerDoc: 50,
  },
  defaultSort: 'title',
  fields: [
    { name: 'title', type: 'text', label: { ja: 'タイトル', en: 'Title' }, localized: true, required: true },
    slugField({ reserved: reservedPageSlugs }),
    {
      name: 'kind',
      type: 'select',
      label: { ja: 'ページの種類', en: 'Kind of page' },
      required: true,
      defaultValue: 'general',
      options: pageKinds.map((value) => ({ value, label: pageKindLabels[value] })),
      admin: {
        position: 'sidebar',
        description: {
          ja: '構造化データの種類と、サイトがこのページを探すとき(相談の呼びかけ、同意欄のリンク、フッター)に使います。',
          en: 'Sets the structured data type, and is how the site finds this page (call to action, consent link, footer).',
        },
      },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { ja: '概要', en: 'Summary' },
      localized: true,
      maxLength: 300,
      admin: {
        description: {
          ja: 'ページの先頭、検索結果、共有カードに表示されます。',
          en: 'Shown at the top of the page, in search results and on share cards.',
        },
      },
    },
    {
      name: 'layout',
      type: 'blocks',
      label: { ja: 'ページの内容', en: 'Content' },
      localized: true,
      blocks: pageBlocks,
      hooks: { beforeChange: [refuseSecondConsultationForm] },
    },
    {
      name: 'seo',
      type: 'group',
      label: { ja: 'SEO', en: 'SEO' },
      fields: [
        { name: 'title', type: 'text', label: { ja: 'SEOタイトル', en: 'SEO title' }, localized: true, maxLength: 70 },
        {
          name: 'description',
          type: 'textarea',
          label: { ja: '説明', en: 'Description' },
          localized: true,
          maxLength: 160,
        },
        { name: 'image', type: 'upload', label: { ja: '共有用画像', en: 'Share image' }, relationTo: 'media' },
      ],
    },
  ],
}
