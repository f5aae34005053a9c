'use client'

/**
 * The reader site's 404, inside the locale layout that carries the disclaimer. Next gives
 * not-found pages no params, so the locale comes from the URL on the client.
 */
import { useParams } from 'next/navigation'

import { defaultLocale, isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

export default function ReaderNotFound() {
  const { locale: requested } = useParams<{ locale: string }>()
  const locale = isLocale(requested) ? requested : defaultLocale
  const messages = getMessages(locale)
  return (
    <>
      <h1>{messages.notFound.title}</h1>
      <p>{messages.notFound.body}</p>
      <p>
        <a href={`/${locale}`}>{messages.notFound.backHome}</a>
      </p>
    </>
  )
}
