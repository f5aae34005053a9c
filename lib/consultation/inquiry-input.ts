/**
 * What a reader sends to ask for a consultation, checked on the server with zod: from a plain HTML
 * form post (`application/x-www-form-urlencoded`, the page without JavaScript) or from the page's
 * script (`application/json`), with one message per field in the language of the page the reader
 * is on. No health details are asked for, and none are required.
 *
 * Pure (no configuration, no Payload), so the form's script can run the same schema before
 * sending. The honeypot and the form token are carried through for spam-checks.ts: a filled
 * honeypot makes the whole submission spam, never a field message.
 */
import { z } from 'zod'

import { locales, type Locale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'

import type { InquiryTopic } from './inquiry'

/** The names of the form's controls, shared by the form, this schema and the spam checks. */
export const inquiryFormFields = {
  name: 'name',
  email: 'email',
  language: 'language',
  topic: 'topic',
  message: 'message',
  consent: 'consent',
  // Named so that browsers' autofill has no reason to fill it (a "website" or "url" field would be).
  honeypot: 'contact_reference',
  formToken: 'form_token',
} as const

/** The fields a reader fills in, each of which can get a message. */
export type InquiryField = 'name' | 'email' | 'language' | 'topic' | 'message' | 'consent'

export const NAME_MAX_CHARACTERS = 100
export const MESSAGE_MAX_CHARACTERS = 4000
/** RFC 5321's limit on a forward path, less its angle brackets. */
export const EMAIL_MAX_CHARACTERS = 254
export const NOT_SURE = 'not-sure'

export interface InquiryInput {
  name: string
  email: string
  language: Locale
  topic: InquiryTopic
  message: string
  consent: true
}

export type InquiryParse =
  | { status: 'valid'; inquiry: InquiryInput; formToken: string }
  | {
      status: 'invalid'
      errors: Partial<Record<InquiryField, string>>
      /** What was sent, as text, to fill the form in again when it comes back without JavaScript. */
      values: Partial<Record<Exclude<InquiryField, 'consent'>, string>>
      formToken: string
    }
  | { status: 'spam' }

export interface InquiryRules {
  /** The language of the page the reader is on: the language of the messages. */
  locale: Locale
  /** The therapy categories the form offered; when given, the topic must be one of them or "not sure". */
  categoryIds?: readonly number[]
}

/**
 * Characters no name or message typed by a person contains: control characters (a message keeps
 * its line breaks and tabs), unpaired surrogates, the bidirectional embeddings, overrides and
 * isolates that can make text in the admin read differently from what it is, the byte-order mark
 * and noncharacters. Right-to-left letters, emoji (with their joiners) and every script are fine.
 */
const notTypedByPeople = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF\uFDD0-\uFDEF]/u
const notTypedByPeopleExceptLayout = /[^\P{Cc}\t\n]|[\p{Cs}\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF\uFDD0-\uFDEF]/u

/** Characters as a reader counts them on screen, close enough: code points, not UTF-16 units. */
function characterCount(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** One form of each character (NFC), one kind of line break, no spaces around the text. */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim()
}

interface TextMessages {
  required: string
  tooLong: string
  invalid: string
}

function textField(max: number, multiline: boolean, messages: TextMessages) {
  const forbidden = multiline ? notTypedByPeopleExceptLayout : notTypedByPeople
  return z
    .string({ error: messages.required })
    .transform(normaliseText)
    .superRefine((value, context) => {
      if (value === '') context.addIssue({ code: 'custom', message: messages.required })
      else if (forbidden.test(value)) context.addIssue({ code: 'custom', message: messages.invalid })
      else if (characterCount(value) > max) context.addIssue({ code: 'custom', message: messages.tooLong })
    })
}

/**
 * A Japanese keyboard often types the address in full width (ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ):
 * NFKC makes it the ASCII address the reader meant.
 */
function normaliseEmail(text: string): string {
  return text.normalize('NFKC').trim()
}

/** A checkbox posts "on" (or its value) when ticked and nothing when not; scripts send true. */
function consentGiven(value: unknown): boolean {
  if (value === true) return true
  return typeof value === 'string' && ['on', 'true', '1', 'yes'].includes(value.trim().toLowerCase())
}

/** "not-sure", or a category id as a form posts it ("12") or a script sends it (12). */
function topicOf(value: unknown): InquiryTopic | undefined {
  if (value === NOT_SURE) return NOT_SURE
  const id = typeof value === 'string' && /^[1-9][0-9]{0,9}$/.test(value.trim()) ? Number(value.trim()) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/** The schema with its messages in `locale`'s language. */
export function inquirySchema({ locale, categoryIds }: InquiryRules) {
  const errors = getMessages(locale).consultation.errors
  return z.object({
    name: textField(NAME_MAX_CHARACTERS, false, {
      required: errors.nameRequired,
      tooLong: fill(errors.nameTooLong, { max: NAME_MAX_CHARACTERS }),
      invalid: errors.nameInvalid,
    }),
    email: z
      .string({ error: errors.emailRequired })
      .transform(normaliseEmail)
      .pipe(
        z
          .string()
          .min(1, { error: errors.emailRequired })
          .max(EMAIL_MAX_CHARACTERS, { error: errors.emailInvalid })
          .pipe(z.email({ error: errors.emailInvalid })),
      ),
    language: z.enum(locales, { error: errors.languageRequired }),
    topic: z.unknown().transform((value, context): InquiryTopic => {
      const topic = topicOf(value)
      if (topic === undefined || (categoryIds && topic !== NOT_SURE && !categoryIds.includes(topic))) {
        context.addIssue({ code: 'custom', message: errors.topicRequired })
        return z.NEVER
      }
      return topic
    }),
    message: textField(MESSAGE_MAX_CHARACTERS, true, {
      required: errors.messageRequired,
      tooLong: fill(errors.messageTooLong, { max: MESSAGE_MAX_CHARACTERS }),
      invalid: errors.messageInvalid,
    }),
    consent: z.unknown().transform((value, context): true => {
      if (consentGiven(value)) return true
      context.addIssue({ code: 'custom', message: errors.consentRequired })
      return z.NEVER
    }),
  })
}

/** Anything but an empty (or absent) honeypot: a person never sees the field, a bot fills it. */
export function honeypotFilled(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

const inquiryFields: InquiryField[] = ['name', 'email', 'language', 'topic', 'message', 'consent']

function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

/** Checks a submission's fields (from decodeInquiryBody, or any object a script sent). */
export function parseInquiry(fields: Record<string, unknown>, rules: InquiryRules): InquiryParse {
  if (honeypotFilled(fields[inquiryFormFields.honeypot])) return { status: 'spam' }
  const formToken = asText(fields[inquiryFormFields.formToken]) ?? ''
  const result = inquirySchema(rules).safeParse(fields)
  if (result.success) return { status: 'valid', inquiry: result.data, formToken }
  const errors: Partial<Record<InquiryField, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as InquiryField
    // The first message of a field is the one to act on.
    if (inquiryFields.includes(field)) errors[field] ??= issue.message
  }
  const values: Partial<Record<Exclude<InquiryField, 'consent'>, string>> = {}
  for (const field of ['name', 'email', 'language', 'topic', 'message'] as const) {
    const text = asText(fields[field])
    if (text !== undefined) values[field] = text
  }
  return { status: 'invalid', errors, values, formToken }
}

export type BodyEncoding = 'json' | 'form'

/** The two encodings a consultation arrives in; anything else (multipart included) is refused. */
export function bodyEncoding(contentType: string | null): BodyEncoding | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase()
  if (mediaType === 'application/json') return 'json'
  if (mediaType === 'application/x-www-form-urlencoded') return 'form'
  return undefined
}

/**
 * The body's fields as one object, or undefined when it is neither of the two encodings or not
 * an object. A form field sent twice becomes a list, which no field accepts: a form of ours sends
 * each once.
 */
export function decodeInquiryBody(text: string, contentType: string | null): Record<string, unknown> | undefined {
  const encoding = bodyEncoding(contentType)
  if (encoding === 'json') {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return undefined
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  }
  if (encoding === 'form') {
    const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [key, value] of new URLSearchParams(text)) {
      const earlier = fields[key]
      fields[key] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value]
    }
    return fields
  }
  return undefined
}
