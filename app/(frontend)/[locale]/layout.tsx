import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { Disclaimer } from '@/components/Disclaimer'
import { isLocale, locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import '../styles.css'

type LayoutProps = {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}

export const dynamicParams = false

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Omit<LayoutProps, 'children'>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const messages = getMessages(locale)
  return { title: { default: messages.site.name, template: `%s | ${messages.site.name}` } }
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  return (
    <html lang={locale}>
      <body>
        <header className="site-header">
          <a href={`/${locale}`} className="site-name">
            {messages.site.name}
          </a>
        </header>
        <Disclaimer label={messages.disclaimer.label} text={messages.disclaimer.builtIn} />
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
