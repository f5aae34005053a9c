/**
 * One page of each kind the reader site has, in a locale, with the status it answers: the list
 * the browser tests walk through (every-page, security-headers).
 */
import type { Locale } from '@/lib/i18n/locales'
import { episodes, glossaryTerms, series, therapyCategories } from '@/tooling/seed/content'

const searchWord: Record<Locale, string> = { ja: '幹細胞', en: 'stem cell' }

export function readerPageTypes(locale: Locale): [name: string, path: string, status: number][] {
  return [
    ['home', `/${locale}`, 200],
    ['episode', `/${locale}/episodes/${episodes[1]!.slug}`, 200],
    ['series', `/${locale}/series/${series.slug}`, 200],
    ['therapy category', `/${locale}/categories/${therapyCategories[0]!.slug}`, 200],
    ['glossary index', `/${locale}/glossary`, 200],
    ['glossary term', `/${locale}/glossary/${glossaryTerms[1]!.slug}`, 200],
    ['search with results', `/${locale}/search?q=${encodeURIComponent(searchWord[locale])}`, 200],
    ['search without a query', `/${locale}/search`, 200],
    ['unknown episode', `/${locale}/episodes/no-such-episode`, 404],
    ['unknown page', `/${locale}/no/such/page`, 404],
  ]
}
