import type { CollectionConfig, Field } from 'payload'

import { canAnswerInquiries, isAdmin, nobody } from '@/access/roles'
import { adminGroups } from '@/collections/admin-groups'
import { inquiryStatuses } from '@/lib/consultation/inquiry'
import { MESSAGE_MAX_CHARACTERS, NAME_MAX_CHARACTERS } from '@/lib/consultation/inquiry-input'
import { locales, localeLabels } from '@/lib/i18n/locales'
import en from '@/messages/en.json'
import ja from '@/messages/ja.json'

import { exportInquiriesAsCsv } from './endpoints/export-csv'
import { noInquiryVersions } from './endpoints/no-versions'
import { submitInquiry } from './endpoints/submit'

/**
 * What the reader sent: read-only for everyone once stored, in the admin and over the API (the
 * endpoint creates past access, so field create rules do not matter). Staff change status and note.
 */
const sentByReader = { access: { update: () => false }, admin: { readOnly: true } } satisfies Partial<Field>

const languageOptions = locales.map((value) => ({ value, label: localeLabels[value] }))

/**
 * Consultation requests from readers (docs/consultation.md), sent through the form's endpoint
 * (POST /api/inquiries/submit) and answered by admins and consultation staff in the admin. Personal
 * information: no drafts, versions or trash, deleted after the retention period (lib/consultation/retention.ts).
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: { singular: { ja: 'ご相談', en: 'Inquiry' }, plural: { ja: 'ご相談', en: 'Inquiries' } },
  admin: {
    group: adminGroups.site,
    useAsTitle: 'topicLabel',
    defaultColumns: ['createdAt', 'topicLabel', 'language', 'status'],
    listSearchableFields: ['name', 'email', 'topicLabel'],
    components: { beforeListTable: ['@/components/admin/InquiriesCsvExport#InquiriesCsvExport'] },
  },
  access: {
    read: canAnswerInquiries,
    create: nobody,
    update: canAnswerInquiries,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  endpoints: [submitInquiry, exportInquiriesAsCsv, ...noInquiryVersions],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { ja: 'お名前', en: 'Name' },
      required: true,
      maxLength: NAME_MAX_CHARACTERS,
      ...sentByReader,
    },
    {
      name: 'email',
      type: 'email',
      label: { ja: 'メールアドレス', en: 'E-mail' },
      required: true,
      ...sentByReader,
    },
    {
      name: 'language',
      type: 'select',
      label: { ja: '希望する言語', en: 'Preferred language' },
      required: true,
      options: languageOptions,
      ...sentByReader,
    },
    {
      name: 'therapyCategory',
      type: 'relationship',
      relationTo: 'therapy-categories',
      label: { ja: '治療カテゴリ', en: 'Therapy category' },
      admin: {
        readOnly: true,
        description: { ja: '空欄: 「まだわからない」', en: 'Empty: "not sure yet"' },
      },
      access: { update: () => false },
    },
    {
      name: 'topicLabel',
      type: 'text',
      label: { ja: '相談内容の分類(送信時の表示)', en: 'Topic (as the reader saw it)' },
      required: true,
      ...sentByReader,
    },
    {
      name: 'message',
      type: 'textarea',
      label: { ja: 'ご相談内容', en: 'Message' },
      required: true,
      maxLength: MESSAGE_MAX_CHARACTERS,
      ...sentByReader,
    },
    {
      name: 'consentedAt',
      type: 'date',
      label: { ja: '個人情報の取扱いへの同意日時', en: 'Consent given at' },
      required: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { update: () => false },
    },
    {
      name: 'locale',
      type: 'select',
      label: { ja: '送信したページの言語', en: 'Language of the page sent from' },
      options: languageOptions,
      ...sentByReader,
    },
    {
      name: 'status',
      type: 'select',
      label: { ja: '対応状況', en: 'Status' },
      required: true,
      defaultValue: 'new',
      options: inquiryStatuses.map((value) => ({
        value,
        label: { ja: ja.consultation.statuses[value], en: en.consultation.statuses[value] },
      })),
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'note',
      type: 'textarea',
      label: { ja: 'メモ(スタッフ用)', en: 'Note (staff only)' },
      admin: {
        position: 'sidebar',
        description: { ja: '読者には表示されません。', en: 'Never shown to the reader.' },
      },
    },
  ],
}
