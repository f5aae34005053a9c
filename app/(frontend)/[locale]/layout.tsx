import { notFound } from 'next/navigation'
import type React from 'react'

import { isLocale, locales } from '@/lib/i18n/locales'

type LayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

/** Only known locales exist; the document around every page is app/(frontend)/layout.tsx. */
export default async function LocaleLayout({ children, params }: LayoutProps) {
  if (!isLocale((await params).locale)) notFound()
  return children
}
