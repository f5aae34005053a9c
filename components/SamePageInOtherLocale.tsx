'use client'

/**
 * The language switcher: a link to the page being read, in the other locale (page n of a paged
 * list: the list's first page there). A client component
 * because the layout that shows it is not given the path of the page inside it.
 */
import { usePathname } from 'next/navigation'
import type React from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { localePath, pathWithinLocale } from '@/lib/i18n/paths'
import { samePageInOtherLocale } from '@/lib/paging/paths'

type Props = { locale: Locale; children: React.ReactNode }

export function SamePageInOtherLocale({ locale, children }: Props) {
  // A later page of a paged list leads to the list (lib/paging/paths.ts).
  const href = localePath(locale, samePageInOtherLocale(pathWithinLocale(usePathname())))
  // A plain link, not next/link: the same path in the other locale may match no route (on the 404
  // page of an unknown path), and Next 16.4 answers the prefetch of such a path with a 404 whose
  // body its router never reads, a request left open on the page for as long as it is shown.
  return (
    <a href={href} hrefLang={locale} lang={locale}>
      {children}
    </a>
  )
}
