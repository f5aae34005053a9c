/** Interface strings per locale. Components receive them; they never hold literals. */
import en from '@/messages/en.json'
import ja from '@/messages/ja.json'

import type { Locale } from './locales'

export type Messages = typeof ja

const messagesByLocale: Record<Locale, Messages> = { ja, en }

export function getMessages(locale: Locale): Messages {
  return messagesByLocale[locale]
}
