'use client'

/**
 * The reader site's 404 for a page that calls notFound() (an unknown slug, an unpublished
 * episode), inside the locale layout that carries the disclaimer. Next gives not-found pages no
 * params, so the locale comes from the URL on the client. Paths that match no route at all get
 * app/global-not-found.tsx instead.
 */
import { useParams } from 'next/navigation'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'

export default function ReaderNotFound() {
  const { locale } = useParams<{ locale: string }>()
  return <NotFoundMessage locale={isLocale(locale) ? locale : defaultLocale} />
}
