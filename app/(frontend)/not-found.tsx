import { getMessages } from '@/lib/i18n/messages'
import { requestLocale } from '@/lib/i18n/request-locale'

/** The reader site's 404, in the request's locale, inside the layout that carries the disclaimer. */
export default async function ReaderNotFound() {
  const locale = await requestLocale()
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
