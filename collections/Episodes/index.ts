import type { CollectionConfig } from 'payload'

import { canEditColumn, draftDocumentAccess, isStaffField } from '@/access/roles'
import { adminGroups } from '@/collections/admin-groups'
import { consultCallToActionFields } from '@/fields/consult-call-to-action'
import { withExistingRelations } from '@/fields/existing-relations'
import { slugField } from '@/fields/slug'
import { translationStatusField } from '@/fields/translation-status'
import { validateAbsoluteUrl } from '@/fields/web-address'
import { pagePath } from '@/lib/i18n/paths'
import { adminPreview } from '@/lib/preview/admin-preview'

import { keepSharedFieldsInTranslations } from './hooks/keepSharedFieldsInTranslations'
import { refuseDuplicateEpisodeNumber } from './hooks/refuseDuplicateEpisodeNumber'
import { refuseIncompleteLocalesOnPublish } from './hooks/refuseIncompleteLocalesOnPublish'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { trackTranslationStatus } from './hooks/trackTranslationStatus'

const localizedText = (name: string, ja: string, en: string, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', label: { ja, en }, localized: true, ...extra }) as const

/**
 * An episode of a series: "Episode 2 of 10: what kinds of regenerative medicine are there?".
 * Japanese is usually published before English, so each locale has its own publication status.
 */
export const Episodes: CollectionConfig = {
  slug: 'episodes',
  labels: { singular: { ja: 'エピソード', en: 'Episode' }, plural: { ja: 'エピソード', en: 'Episodes' } },
  admin: {
    group: adminGroups.column,
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'series',
      'episodeNumber',
      '_status',
      'translationStatus.ja',
      'translationStatus.en',
      'publishedAt',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'slug'],
    ...adminPreview(pagePath.episode),
  },
  access: draftDocumentAccess(canEditColumn),
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true, localizeStatus: true },
    maxPerDoc: 100,
  },
  defaultSort: '-publishedAt',
  hooks: {
    beforeOperation: [keepSharedFieldsInTranslations],
    beforeChange: [refuseDuplicateEpisodeNumber, stampPublishedAt, trackTranslationStatus],
    afterChange: [refuseIncompleteLocalesOnPublish],
  },
  fields: withExistingRelations([
    localizedText('title', 'タイトル', 'Title', { required: true }),
    slugField(),
    translationStatusField(),
    {
      type: 'row',
      fields: [
        {
          name: 'series',
          type: 'relationship',
          label: { ja: 'シリーズ', en: 'Series' },
          relationTo: 'series',
          required: true,
        },
        {
          name: 'episodeNumber',
          type: 'number',
          label: { ja: '第何回', en: 'Episode number' },
          required: true,
          min: 1,
          admin: { step: 1 },
        },
      ],
    },
    { name: 'lead', type: 'textarea', label: { ja: 'リード文', en: 'Lead' }, localized: true, required: true },
    { name: 'body', type: 'richText', label: { ja: '本文', en: 'Body' }, localized: true, required: true },
    {
      name: 'therapyCategories',
      type: 'relationship',
      label: { ja: '治療カテゴリ', en: 'Therapy categories' },
      relationTo: 'therapy-categories',
      hasMany: true,
    },
    { name: 'heroImage', type: 'upload', label: { ja: 'メイン画像', en: 'Hero image' }, relationTo: 'media' },
    {
      name: 'podcast',
      type: 'group',
      label: { ja: 'ポッドキャスト', en: 'Podcast' },
      fields: [
        { name: 'audio', type: 'upload', label: { ja: '音声ファイル', en: 'Audio file' }, relationTo: 'media' },
        {
          name: 'externalUrl',
          type: 'text',
          label: { ja: '外部の音声URL', en: 'External audio URL' },
          validate: validateAbsoluteUrl,
        },
        { name: 'durationSeconds', type: 'number', label: { ja: '長さ(秒)', en: 'Duration (seconds)' }, min: 1 },
        { name: 'transcript', type: 'textarea', label: { ja: '文字起こし', en: 'Transcript' }, localized: true },
      ],
    },
    {
      name: 'author',
      type: 'relationship',
      label: { ja: '著者', en: 'Author' },
      relationTo: 'authors',
      admin: { position: 'sidebar' },
    },
    {
      name: 'consultCallToAction',
      type: 'group',
      label: { ja: '相談の呼びかけ', en: 'Consult call to action' },
      fields: [
        {
          name: 'useSiteDefault',
          type: 'checkbox',
          label: { ja: 'サイト設定の既定を使う', en: 'Use the site-wide default' },
          defaultValue: true,
        },
        ...consultCallToActionFields((_, siblingData) => !siblingData?.useSiteDefault),
      ],
    },
    {
      name: 'topicPage',
      type: 'relationship',
      label: { ja: 'トピックのページ', en: 'Topic page' },
      relationTo: 'pages',
      filterOptions: { kind: { equals: 'topic' } },
      admin: {
        description: {
          ja: 'この回の内容に近いトピック(領域・状況別)のページ。回の終わりにリンクします。',
          en: "A topic landing page close to this episode's subject, linked at its end.",
        },
      },
    },
    {
      name: 'extraDisclaimers',
      type: 'relationship',
      label: { ja: '追加の免責文', en: 'Extra disclaimers' },
      relationTo: 'disclaimers',
      hasMany: true,
      filterOptions: { kind: { equals: 'topic' } },
      admin: {
        description: {
          ja: 'サイト全体の免責文に加えて、この回に表示するもの。',
          en: 'Shown on this episode in addition to the site-wide disclaimer.',
        },
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { ja: '公開日', en: 'Published' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: { ja: '最終確認日', en: 'Last reviewed' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'nextReviewDue',
      type: 'date',
      // The editorial plan; readers see when an episode was last reviewed, not when it is due.
      access: { read: isStaffField },
      label: { ja: '次回確認予定', en: 'Next review due' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'seo',
      type: 'group',
      label: { ja: 'SEO', en: 'SEO' },
      fields: [
        localizedText('title', 'SEOタイトル', 'SEO title', { maxLength: 70 }),
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
  ]),
  indexes: [{ fields: ['series', 'episodeNumber'], unique: true }],
}
