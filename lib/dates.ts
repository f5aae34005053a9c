/**
 * Dates are shown as the publisher sees them: in Japan. Without a fixed time zone the same
 * article would show a different day on a UTC server than in a Tokyo browser.
 */

const TIME_ZONE = 'Asia/Tokyo'

const displayFormats = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
}

const dateTimeFormats = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
}

// Parts rather than a locale that happens to print YYYY-MM-DD, so the output does not depend on ICU data.
const isoParts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value
}

/** ja: 2026年11月24日, en: 24 November 2026. */
export function formatDate(value: string | Date, locale: 'ja' | 'en'): string {
  return displayFormats[locale].format(toDate(value))
}

/** ja: 2026年11月24日 9:00, en: 24 November 2026 at 09:00 (Japan time). */
export function formatDateTime(value: string | Date, locale: 'ja' | 'en'): string {
  return dateTimeFormats[locale].format(toDate(value))
}

/** YYYY-MM-DD of the Tokyo calendar day, for <time dateTime>. */
export function isoDate(value: string | Date): string {
  const parts = Object.fromEntries(isoParts.formatToParts(toDate(value)).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** The latest `updatedAt` of some documents (Payload's ISO timestamps sort as text), if any. */
export function latestUpdate(documents: readonly { updatedAt: string }[]): string | undefined {
  return documents
    .map((document) => document.updatedAt)
    .sort()
    .at(-1)
}
