'use client'

/**
 * When a page's content cannot be loaded (the database is down, say), this replaces the page
 * inside the locale layout, so the header and the disclaimer stay on screen.
 */
import { useParams } from 'next/navigation'

import { defaultLocale, isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const messages = getMessages(isLocale(locale) ? locale : defaultLocale)
  return (
    <>
      <h1>{messages.error.title}</h1>
      <p>{messages.error.body}</p>
      <button type="button" onClick={reset}>
        {messages.error.retry}
      </button>
    </>
  )
}
