'use client'

/**
 * The language switcher: a link to the page being read, in the other locale. A client component
 * because the path is only known per request, and reading it on the server would make every
 * page dynamic instead of cached.
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
