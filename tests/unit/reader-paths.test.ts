/**
 * The reader site's URLs as the world knows them: shared links, feed readers, podcast apps and
 * search engines hold these, so each is written out here once, by hand, and every other test
 * builds them with lib/i18n/paths.ts.
 */
import { describe, expect, it } from 'vitest'

import {
  categoryPath,
  episodePath,
  exitPreviewPath,
  feedPath,
  glossaryPath,
  glossaryTermPath,
  homePath,
  localePath,
  pagePath,
  pathWithinLocale,
  podcastFeedPath,
  previewPath,
  searchPath,
  seriesPath,
  transcriptPath,
} from '@/lib/i18n/paths'

describe('reader URLs', () => {
  it.each([
    [homePath('ja'), '/ja'],
    [episodePath('ja', 'what-is-regenerative-medicine'), '/ja/episodes/what-is-regenerative-medicine'],
    [transcriptPath('en', 'stem-cells'), '/en/episodes/stem-cells/transcript.txt'],
    [seriesPath('en', 'basics'), '/en/series/basics'],
    [categoryPath('ja', 'exosomes'), '/ja/categories/exosomes'],
    [glossaryPath('en'), '/en/glossary'],
    [glossaryTermPath('ja', 'stem-cell'), '/ja/glossary/stem-cell'],
    [searchPath('ja'), '/ja/search'],
    [feedPath('ja'), '/ja/feed.xml'],
    [podcastFeedPath('en'), '/en/podcast.xml'],
    [previewPath('en'), '/en/preview'],
    [exitPreviewPath('ja', '/episodes/draft'), '/ja/exit-preview?path=%2Fepisodes%2Fdraft'],
  ])('%s', (built, expected) => {
    expect(built).toBe(expected)
  })

  it('name the same page in every locale through its path within the locale', () => {
    expect(localePath('en', pagePath.glossaryTerm('stem-cell'))).toBe(glossaryTermPath('en', 'stem-cell'))
    expect(localePath('ja', pagePath.home)).toBe(homePath('ja'))
  })

  it('give back the path within the locale of a page being read', () => {
    expect(pathWithinLocale(episodePath('ja', 'stem-cells'))).toBe(pagePath.episode('stem-cells'))
    expect(pathWithinLocale(homePath('en'))).toBe(pagePath.home)
    expect(pathWithinLocale('/fr/quelque-chose')).toBe('/fr/quelque-chose')
    expect(pathWithinLocale(null)).toBe('')
  })
})
