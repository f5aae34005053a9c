/**
 * The document every reader page is drawn in: <html lang>, the skip link, the header with the
 * language switcher and the site disclaimer's one-sentence summary (which opens to its text), the
 * main landmark around the page, the site disclaimer in full in its landmark, and the footer. The
 * summary is short so that on a phone the page's title is in the first screen; the full text
 * follows the page, before the footer, on every page. The
 * locale layout draws its pages in it, and app/global-not-found.tsx the page of unknown paths.
 * Like a page, it reads its locale's messages itself; the components it draws get their labels.
 */
import type React from 'react'

import type { SiteNavigation } from '@/lib/content/navigation'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { homePath } from '@/lib/i18n/paths'

import { Disclaimer } from './Disclaimer'
import { DisclaimerNotice } from './DisclaimerNotice'
import { ReadingsPreferenceScript } from './ReadingsPreferenceScript'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

type Props = {
  locale: Locale
  /** The site disclaimer (lib/content/site-disclaimer.ts): its text, and its one-sentence summary. */
  disclaimer: { text: string | object; summary: string }
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
          notice={
            <DisclaimerNotice
              summary={disclaimer.summary}
              text={disclaimer.text}
              readInFull={messages.disclaimer.readInFull}
            />
          }
        />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Disclaimer label={messages.disclaimer.label} text={disclaimer.text} />
        <SiteFooter
          footer={navigation.footer}
          labels={{ footer: messages.footer.label, links: messages.footer.links, feeds: messages.footer.feeds }}
        />
      </body>
    </html>
  )
}
