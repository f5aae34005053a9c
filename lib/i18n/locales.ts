/** The reader site's and the CMS's locales. Japanese is the original; English follows. */
export const locales = ['ja', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'ja'

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

export const localeLabels: Record<Locale, string> = { ja: '日本語', en: 'English' }
