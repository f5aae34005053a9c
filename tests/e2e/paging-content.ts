import type { Locale } from '@/lib/i18n/locales'
import { categoryPath, glossaryPath, seriesPath } from '@/lib/i18n/paths'
import { pagedPath } from '@/lib/paging/paths'

/**
 * Content large enough to page, added by global-setup.ts through seed-paging-content.ts: a series
 * of 45 published episodes (every third also in English) with two drafts, a therapy category
 * holding all of them, and 72 published glossary terms with two drafts. With the page sizes of
 * lib/paging/page-sizes.ts that is three series and category pages in Japanese, and two glossary
 * pages beside the demo's terms.
 */
export const pagingSeries = {
  slug: 'e2e-paging-series',
  title: { ja: 'ページ送りを試すシリーズ', en: 'A series to page through' },
  published: 45,
  drafts: 2,
}

export const pagingCategory = {
  slug: 'e2e-paging-category',
  name: { ja: 'ページ送りを試す分類', en: 'A category to page through' },
}

export const pagingTerms = { published: 72, drafts: 2, slugPrefix: 'e2e-paging-term' }

export const pagingEpisodeSlug = (number: number) => `e2e-paging-episode-${number}`
export const pagingDraftSlug = (number: number) => `e2e-paging-draft-${number}`
/** Episode n is published in English too when this holds. */
export const inEnglish = (number: number) => number % 3 === 0

/** Pages of paged lists for the page-type walks (every-page.test.ts): page 2 where the list has one. */
export function pagedPageTypes(locale: Locale): [name: string, path: string, status: number][] {
  return [
    ...(locale === 'ja'
      ? ([
          ['series, page 2', pagedPath(seriesPath(locale, pagingSeries.slug), 2), 200],
          ['therapy category, page 2', pagedPath(categoryPath(locale, pagingCategory.slug), 2), 200],
        ] as [string, string, number][])
      : []),
    ['glossary index, page 2', pagedPath(glossaryPath(locale), 2), 200],
    ['glossary index, past the last page', pagedPath(glossaryPath(locale), 99), 404],
  ]
}
