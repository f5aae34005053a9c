/**
 * The document every reader page is drawn in: <html lang>, the skip link, the header with the
 * language switcher, the site disclaimer near the top, the main landmark around the page, and the
 * footer. The
 * locale layout draws its pages in it, and app/global-not-found.tsx the page of unknown paths.
 * Like a page, it reads its locale's messages itself; the components it draws get their labels.
 */
import type React from 'react'

import type { SiteNavigation } from '@/lib/content/navigation'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { homePath } from '@/lib/i18n/paths'

import { Disclaimer } from './Disclaimer'
import { ReadingsPreferenceScript } from './ReadingsPreferenceScript'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

type Props = {
  locale: Locale
  /** The site disclaimer's text: the CMS's rich text, or the built-in string. */
  disclaimer: string | object
  /** The header's and footer's links (lib/content/navigation.ts). */
  navigation: SiteNavigation
  /** Shown above the header: the draft-preview banner. */
  banner?: React.ReactNode
  children: React.ReactNode
}

export function ReaderDocument({ locale, disclaimer, navigation, banner, children }: Props) {
  const messages = getMessages(locale)
  const otherLocale: Locale = locale === 'ja' ? 'en' : 'ja'
  return (
    // The script below sets the reader's choice of readings on <html> before React hydrates it.
    <html lang={locale} suppressHydrationWarning>
      <body>
        <ReadingsPreferenceScript />
        <a className="skip-link" href="#main">
          {messages.nav.skipToContent}
        </a>
        {banner}
        <SiteHeader
          siteName={messages.site.name}
          homeHref={homePath(locale)}
          links={navigation.header}
          otherLocale={otherLocale}
          labels={{ nav: messages.nav.main, switchLanguage: messages.language.switchTo }}
        />
        <Disclaimer label={messages.disclaimer.label} text={disclaimer} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter
          footer={navigation.footer}
          labels={{ footer: messages.footer.label, links: messages.footer.links, feeds: messages.footer.feeds }}
        />
      </body>
    </html>
  )
}
