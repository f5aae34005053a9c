'use client'

/** Leaves draft mode and comes back to the same page, as the public sees it. */
import { usePathname } from 'next/navigation'
import type React from 'react'

import type { Locale } from '@/lib/i18n/locales'
import { exitPreviewPath, pathWithinLocale } from '@/lib/i18n/paths'

export function ExitPreviewLink({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const path = pathWithinLocale(usePathname())
  // A full page load, not next/link: the route handler clears the draft-mode cookie and
  // redirects, and every page after it must be rendered again as the public sees it.
  return <a href={exitPreviewPath(locale, path)}>{children}</a>
}
