import Link from 'next/link'
import type React from 'react'

import type { NavigationLink } from '@/lib/content/navigation'
import type { Locale } from '@/lib/i18n/locales'

import { SamePageInOtherLocale } from './SamePageInOtherLocale'

type Props = {
  siteName: string
  homeHref: string
  links: NavigationLink[]
  /** The other locale, for the language switcher. */
  otherLocale: Locale
  labels: { nav: string; switchLanguage: string }
  /** Below the links: the site disclaimer's one-sentence summary (components/DisclaimerNotice.tsx). */
  notice?: React.ReactNode
}

/**
 * The header of every reader page: the site's name, the admins' links, the language switcher, and
 * the disclaimer's summary.
 */
export function SiteHeader({ siteName, homeHref, links, otherLocale, labels, notice }: Props) {
  return (
    <header className="site-header">
      <Link href={homeHref} className="site-name">
        {siteName}
      </Link>
      <nav aria-label={labels.nav} className="site-nav">
        <ul>
          {links.map((link, index) => (
            <li key={`${index}-${link.href}`}>
              <Link href={link.href}>{link.text}</Link>
            </li>
          ))}
          <li>
            {/* An untranslated episode explains itself on the other side. */}
            <SamePageInOtherLocale locale={otherLocale}>{labels.switchLanguage}</SamePageInOtherLocale>
          </li>
        </ul>
      </nav>
      {notice}
    </header>
  )
}
