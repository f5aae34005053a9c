import type { Metadata } from 'next'
import type React from 'react'

import { Disclaimer } from '@/components/Disclaimer'
import { getSiteDisclaimer } from '@/lib/content/site-disclaimer'
import { getMessages } from '@/lib/i18n/messages'
import { draftMode } from 'next/headers'

import { env } from '@/lib/env'
import { requestLocale, requestPathWithinLocale } from '@/lib/i18n/request-locale'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const messages = getMessages(await requestLocale())
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: messages.site.name, template: `%s | ${messages.site.name}` },
  }
}

/**
 * Every reader page, 404s included: <html lang>, the header, and the site disclaimer near the
 * top. It is the root layout (as in Payload's website template), so Next renders not-found
 * pages inside it.
 */
export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale()
  const messages = getMessages(locale)
  const disclaimer = await getSiteDisclaimer(locale)
  const otherLocale = locale === 'ja' ? 'en' : 'ja'
  // The switcher keeps the reader on the same page; an untranslated episode explains itself there.
  const samePageInOtherLocale = `/${otherLocale}${await requestPathWithinLocale()}`
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {messages.nav.skipToContent}
        </a>
        {(await draftMode()).isEnabled ? (
          <p className="preview-banner" role="status">
            {messages.preview.banner}{' '}
            <a href={`/${locale}/exit-preview?path=${encodeURIComponent(await requestPathWithinLocale())}`}>
              {messages.preview.exit}
            </a>
          </p>
        ) : null}
        <header className="site-header">
          <a href={`/${locale}`} className="site-name">
            {messages.site.name}
          </a>
          <nav aria-label={messages.nav.home} className="site-nav">
            <a href={`/${locale}/glossary`}>{messages.nav.glossary}</a>
            <a href={`/${locale}/search`}>{messages.nav.search}</a>
            <a href={samePageInOtherLocale} hrefLang={otherLocale} lang={otherLocale}>
              {messages.language.switchTo}
            </a>
          </nav>
        </header>
        <Disclaimer label={messages.disclaimer.label} text={disclaimer.text} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  )
}
