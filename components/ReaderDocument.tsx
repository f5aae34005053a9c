/**
 * The document every reader page is drawn in: <html lang>, the skip link, the header with the
 * language switcher, the site disclaimer near the top, and the main landmark around the page. The
 * locale layout draws its pages in it, and app/global-not-found.tsx the page of unknown paths.
 * Like a page, it reads its locale's messages itself; the components it draws get their labels.
 */
import Link from 'next/link'
import type React from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { glossaryPath, homePath, searchPath } from '@/lib/i18n/paths'

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
          <Link href={homePath(locale)} className="site-name">
            {messages.site.name}
          </Link>
          <nav aria-label={messages.nav.home} className="site-nav">
            <Link href={glossaryPath(locale)}>{messages.nav.glossary}</Link>
            <Link href={searchPath(locale)}>{messages.nav.search}</Link>
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
