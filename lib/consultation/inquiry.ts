/**
 * A consultation inquiry as the `Inquiries` collection will store it (docs/consultation.md): what
 * the CSV export, the notifications and the retention job read. Plain data, so each of them works
 * on what a Payload query returns without depending on the generated types of a collection that
 * does not exist yet.
 */
import type { Locale } from '@/lib/i18n/locales'

/**
 * Faster than a person can read the form, type a name, an address and a question, and tick
 * consent: a form sent sooner is spam (spam-checks.ts). Here, in plain data, so that tests can
 * wait for it without loading the server's configuration.
 */
export const MIN_SECONDS_TO_FILL = 3

export const inquiryStatuses = ['new', 'answered', 'closed'] as const
export type InquiryStatus = (typeof inquiryStatuses)[number]

/** The topic a reader chose: a therapy category's id, or that they do not know yet. */
export type InquiryTopic = number | 'not-sure'

export interface StoredInquiry {
  id: number | string
  /** ISO timestamp: when the inquiry arrived (Payload's createdAt). */
  createdAt: string
  name: string
  email: string
  /** The language the reader wants the answer in. */
  language: Locale
  topic: InquiryTopic
  /**
   * The topic as the reader saw it when sending (the category's name then): a category renamed or
   * deleted later must not change what the reader asked about.
   */
  topicLabel: string
  message: string
  /** ISO timestamp of the consent to the handling of personal information. */
  consentedAt: string
  status: InquiryStatus
  /** The staff's note; never shown to the reader. */
  note?: string | null
}
