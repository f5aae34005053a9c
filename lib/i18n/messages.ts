/** Interface strings per locale. Components receive them; they never hold literals. */
import en from '@/messages/en.json'
import ja from '@/messages/ja.json'

import type { Locale } from './locales'

export type Messages = typeof ja

const messagesByLocale: Record<Locale, Messages> = { ja, en }

export function getMessages(locale: Locale): Messages {
  return messagesByLocale[locale]
}

/** Fills `{name}` placeholders: "第{number}回" with { number: 2 } gives "第2回". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder))
}
