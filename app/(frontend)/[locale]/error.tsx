'use client'

/**
 * When a page's content cannot be loaded, this replaces the page inside the locale layout, so the
 * header and the disclaimer stay on screen. With the database unreachable (the server marks the
 * error with its digest, and answers 503) it says the content is temporarily unavailable.
 */
import { useParams } from 'next/navigation'

import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/database/unavailable'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>()
  const messages = getMessages(isLocale(locale) ? locale : defaultLocale)
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST
  return (
    <>
      <h1>{unavailable ? messages.error.unavailableTitle : messages.error.title}</h1>
      <p>{unavailable ? messages.error.unavailableBody : messages.error.body}</p>
      <button type="button" onClick={reset}>
        {messages.error.retry}
      </button>
    </>
  )
}
