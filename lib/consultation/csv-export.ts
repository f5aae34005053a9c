/**
 * Inquiries as CSV for an admin to download: RFC 4180 (commas, CRLF between records, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order
 * mark, without which Excel in Japan reads the file as Shift_JIS and garbles every Japanese name.
 * Dates in Japan time, as the staff read them.
 *
 * A cell that starts with = + - @ (or a tab or carriage return, or their full-width forms) is
 * prefixed with an apostrophe (lib/csv/formula-guard.ts): a spreadsheet would otherwise run what
 * a reader typed into the form as a formula on the staff member's computer (CSV injection).
 */
import { guardFormula } from '@/lib/csv/formula-guard'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import type { StoredInquiry } from './inquiry'

export const CSV_BYTE_ORDER_MARK = '\uFEFF'
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

export { guardFormula }

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const japanTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** 2026-12-01 11:13:18, in Japan time: a form Excel reads as a date. */
export function japanDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const parts = Object.fromEntries(japanTime.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`
}

const columns = [
  'id',
  'receivedAt',
  'status',
  'name',
  'email',
  'language',
  'topic',
  'message',
  'note',
  'consentedAt',
] as const

function cellsOf(inquiry: StoredInquiry, locale: Locale): string[] {
  const statuses = getMessages(locale).consultation.statuses
  const values: Record<(typeof columns)[number], string> = {
    id: String(inquiry.id),
    receivedAt: japanDateTime(inquiry.createdAt),
    status: statuses[inquiry.status] ?? inquiry.status,
    name: inquiry.name,
    email: inquiry.email,
    language: inquiry.language,
    topic: inquiry.topicLabel,
    message: inquiry.message,
    note: inquiry.note ?? '',
    consentedAt: japanDateTime(inquiry.consentedAt),
  }
  return columns.map((column) => values[column])
}

/** The whole file: byte-order mark, a header row in `locale`'s language, one row per inquiry. */
export function inquiriesToCsv(inquiries: Iterable<StoredInquiry>, locale: Locale = 'ja'): string {
  const headings = getMessages(locale).consultation.csv
  const rows = [columns.map((column) => headings[column])]
  for (const inquiry of inquiries) rows.push(cellsOf(inquiry, locale))
  const lines = rows.map((row) => row.map((cell) => csvField(guardFormula(cell))).join(','))
  return `${CSV_BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`
}
