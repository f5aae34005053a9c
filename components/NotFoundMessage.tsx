/** What a 404 says, in the reader's language: that the page is not here, why it may be, and the way home. */
import Link from 'next/link'

import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { homePath } from '@/lib/i18n/paths'

export function NotFoundMessage({ locale }: { locale: Locale }) {
  const { notFound } = getMessages(locale)
  return (
    <>
      <h1>{notFound.title}</h1>
      <p>{notFound.body}</p>
      <p>
        <Link href={homePath(locale)}>{notFound.backHome}</Link>
      </p>
    </>
  )
}
