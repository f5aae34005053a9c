import Link from 'next/link'

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
}

/** The header of every reader page: the site's name, the admins' links, and the language switcher. */
export function SiteHeader({ siteName, homeHref, links, otherLocale, labels }: Props) {
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
    </header>
  )
}
