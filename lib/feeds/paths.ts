import type { Locale } from '@/lib/i18n/locales'

/** Where a locale's episode feed is served (app/(frontend)/[locale]/feed.xml). */
export const feedPath = (locale: Locale) => `/${locale}/feed.xml`
