'use client'

/** Leaves draft mode and comes back to the same page, as the public sees it. */
import { usePathname } from 'next/navigation'
import type React from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { pathWithinLocale } from '@/lib/i18n/paths'

export function ExitPreviewLink({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const path = pathWithinLocale(usePathname())
  return <a href={`/${locale}/exit-preview?path=${encodeURIComponent(path)}`}>{children}</a>
}
