/**
 * The page of paths that match no route (`/ja/no/such/page`; a path without a locale is routed
 * into one by proxy.ts first): Next serves it as its `/_not-found` route, status 404, drawn on the
 * server like any page, so a reader without JavaScript gets <html lang>, the disclaimer and the
 * message too. A page's own notFound() (an unknown slug) still ends in the locale's not-found.tsx,
 * which Next fills in only in the browser (docs/reliability-404.md). No [locale] segment here:
 * proxy.ts names the locale in a request header.
 */
import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { ReaderDocument } from '@/components/ReaderDocument'
import { getSiteNavigation } from '@/lib/content/navigation'
import { getSiteDisclaimer } from '@/lib/content/site-disclaimer'
import { env } from '@/lib/env'
import { getMessages } from '@/lib/i18n/messages'
import { routedLocale } from '@/lib/i18n/routed-locale'

import './(frontend)/[locale]/styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const messages = getMessages(routedLocale(await headers()))
  return {
    metadataBase: new URL(env.SITE_URL),
    title: `${messages.notFound.title} | ${messages.site.name}`,
    description: messages.site.tagline,
    robots: { index: false },
  }
}

export default async function GlobalNotFound() {
  const locale = routedLocale(await headers())
  const [disclaimer, navigation] = await Promise.all([getSiteDisclaimer(locale), getSiteNavigation(locale)])
  return (
    <ReaderDocument locale={locale} disclaimer={disclaimer} navigation={navigation}>
      <NotFoundMessage locale={locale} />
    </ReaderDocument>
  )
}
