/**
 * Where a form post without JavaScript goes back to: every reader path the site has is taken as
 * it is, in the page's locale; anything else (another site, another locale, a path no route has,
 * tricks with slashes and dots) becomes the locale's home page, so the 303 never leaves the site.
 */
import { describe, expect, it } from 'vitest'

import { confirmationLocation, consultationReturnPath, readerPathIn } from '@/lib/consultation/return-path'
import { locales } from '@/lib/i18n/locales'
import {
  categoryPath,
  episodePath,
  glossaryPath,
  glossaryTermPath,
  homePath,
  pagePathIn,
  searchPath,
  seriesPath,
} from '@/lib/i18n/paths'

const siteUrl = 'https://column.example.jp'

describe.each(locales)('return paths in %s', (locale) => {
  const other = locales.find((candidate) => candidate !== locale)!
  const readerPaths = [
    homePath(locale),
    pagePathIn(locale, 'consultation'),
    episodePath(locale, 'what-is-an-exosome'),
    seriesPath(locale, 'basics'),
    categoryPath(locale, 'exosomes'),
    glossaryPath(locale),
    glossaryTermPath(locale, 'exosome'),
    searchPath(locale),
  ]
  it.each(readerPaths)('takes %s as it is', (path) => {
    expect(readerPathIn(locale, path)).toBe(path)
    expect(consultationReturnPath(locale, { given: path, referer: null, siteUrl })).toBe(path)
  })

  const refused = [
    undefined,
    42,
    '',
    'consultation',
    `https://evil.example/${locale}/consultation`,
    `//evil.example/${locale}`,
    `/${other}/consultation`,
    `/${locale}/Consultation`,
    `/${locale}/episodes`,
    `/${locale}/preview`,
    `/${locale}/episodes/a/b`,
    `/${locale}/../admin`,
    `/${locale}/consultation?x=1`,
    `/${locale}/consultation#top`,
    `/${locale}//evil.example`,
    `/${locale}/%2e%2e`,
    `/${locale}/${'a'.repeat(400)}`,
  ]
  it.each(refused)('turns %s into the home page', (given) => {
    expect(consultationReturnPath(locale, { given, referer: null, siteUrl })).toBe(homePath(locale))
  })

  it('falls back to a same-site Referer, never another site’s', () => {
    const path = pagePathIn(locale, 'contact')
    expect(consultationReturnPath(locale, { given: '', referer: `${siteUrl}${path}?a=1#b`, siteUrl })).toBe(path)
    expect(consultationReturnPath(locale, { given: '', referer: `https://evil.example${path}`, siteUrl })).toBe(
      homePath(locale),
    )
    expect(consultationReturnPath(locale, { given: '', referer: 'not a url', siteUrl })).toBe(homePath(locale))
  })

  it('sends the reader to the confirmation, scrolled to the form', () => {
    expect(confirmationLocation(pagePathIn(locale, 'consultation'))).toBe(
      `${pagePathIn(locale, 'consultation')}?consultation=sent#consultation`,
    )
  })
})
