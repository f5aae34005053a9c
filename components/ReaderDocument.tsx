/**
 * The document every reader page is drawn in: <html lang>, the skip link, the header with the
 * language switcher, the site disclaimer near the top, and the main landmark around the page. The
 * locale layout draws its pages in it, and app/global-not-found.tsx the page of unknown paths.
 */
import type React from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import { Disclaimer } from './Disclaimer'
import { SamePageInOtherLocale } from './SamePageInOtherLocale'

type Props = {
  locale: Locale
  /** The site disclaimer's text: the CMS's rich text, or the built-in string. */
  disclaimer: string | object
  /** Shown above the header: the draft-preview banner. */
  banner?: React.ReactNode
  children: React.ReactNode
}

export function ReaderDocument({ locale, disclaimer, banner, children }: Props) {
  const messages = getMessages(locale)
  const otherLocale: Locale = locale === 'ja' ? 'en' : 'ja'
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {messages.nav.skipToContent}
        </a>
        {banner}
        <header className="site-header">
          <a href={`/${locale}`} className="site-name">
            {messages.site.name}
          </a>
          <nav aria-label={messages.nav.home} className="site-nav">
            <a href={`/${locale}/glossary`}>{messages.nav.glossary}</a>
            <a href={`/${locale}/search`}>{messages.nav.search}</a>
            {/* An untranslated episode explains itself on the other side. */}
            <SamePageInOtherLocale locale={otherLocale}>{messages.language.switchTo}</SamePageInOtherLocale>
          </nav>
        </header>
        <Disclaimer label={messages.disclaimer.label} text={disclaimer} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  )
}
