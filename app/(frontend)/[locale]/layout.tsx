import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { connection } from 'next/server'
import { notFound } from 'next/navigation'
import type React from 'react'

import { ExitPreviewLink } from '@/components/ExitPreviewLink'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { ReaderDocument } from '@/components/ReaderDocument'
import { getSiteNavigation } from '@/lib/content/navigation'
import { getSiteDisclaimer } from '@/lib/content/site-disclaimer'
import { env } from '@/lib/env'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { feedLinks } from '@/lib/seo/alternates'
import { siteMetadataDefaults } from '@/lib/seo/page-metadata'

import './styles.css'

type LayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { locale } = await params
  const known = isLocale(locale) ? locale : 'ja'
  const messages = getMessages(known)
  return {
    ...siteMetadataDefaults(known),
    metadataBase: new URL(env.SITE_URL),
    title: { default: messages.site.name, template: `%s | ${messages.site.name}` },
    // Pages with their own alternates (canonical, hreflang) repeat this: metadata merges shallowly.
    alternates: { types: feedLinks(known) },
  }
}

/**
 * Every reader page, 404s included: <html lang>, the header, and the site disclaimer (its summary
 * at the top, its full text at the end). The reader site's root layout.
 */
export default async function ReaderLayout({ children, params }: LayoutProps) {
  // Rendered for each request, never kept as HTML: Next.js puts the request's CSP nonce
  // (proxy.ts) on the page's scripts, and a page rendered once would carry the nonce of the
  // first request, which the browser refuses for everyone else. The content the page shows
  // still comes from the data cache (lib/cache/cached-query.ts); nginx or a CDN may keep the
  // HTML for the second Cache-Control allows, its policy with it (see next.config.ts).
  await connection()
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const [disclaimer, navigation] = await Promise.all([getSiteDisclaimer(locale), getSiteNavigation(locale)])
  const previewing = (await draftMode()).isEnabled
  const banner = previewing ? (
    <p className="preview-banner" role="status">
      {messages.preview.banner} <ExitPreviewLink locale={locale}>{messages.preview.exit}</ExitPreviewLink>
      <LivePreviewRefresh serverURL={new URL(env.SITE_URL).origin} />
    </p>
  ) : null
  return (
    <ReaderDocument locale={locale} disclaimer={disclaimer} navigation={navigation} banner={banner}>
      {children}
    </ReaderDocument>
  )
}
