'use client'

/**
 * The language switcher: a link to the page being read, in the other locale. A client component
 * because the layout that shows it is not given the path of the page inside it.
 */
import { usePathname } from 'next/navigation'
import type React from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { pathWithinLocale } from '@/lib/i18n/paths'

type Props = { locale: Locale; children: React.ReactNode }

export function SamePageInOtherLocale({ locale, children }: Props) {
  const href = `/${locale}${pathWithinLocale(usePathname())}`
  return (
    <a href={href} hrefLang={locale} lang={locale}>
      {children}
    </a>
  )
}
