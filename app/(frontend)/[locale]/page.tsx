import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { notFound } from 'next/navigation'

type PageProps = { params: Promise<{ locale: string }> }

export default async function ColumnHomePage({ params }: PageProps) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  return (
    <>
      <h1>{messages.site.name}</h1>
      <p className="lead">{messages.site.tagline}</p>
      <p>{messages.home.intro}</p>
      <p>{messages.home.comingSoon}</p>
    </>
  )
}
