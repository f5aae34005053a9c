import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '@/lib/i18n/negotiate'
import { alternates } from '@/lib/seo/alternates'
import { getMessages } from '@/lib/i18n/messages'
import { pagePath } from '@/lib/i18n/paths'

describe('choosing the reader’s language from Accept-Language', () => {
  it.each([
    [null, 'ja'],
    ['', 'ja'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8,ja;q=0.7', 'en'],
    ['en;q=0.4,ja;q=0.8', 'ja'],
    ['de,fr', 'ja'],
    ['en;q=0,ja;q=0.1', 'ja'],
    ['*', 'ja'],
    ['*;q=0.5,en;q=0.9', 'en'],
    ['not a language!!,en', 'en'],
    ['EN-us', 'en'],
    ['ja-JP', 'ja'],
  ])('%s gives %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})

describe('canonical and hreflang links', () => {
  it('link the locale’s episode feed and podcast feed', () => {
    expect(alternates('en', pagePath.glossary)?.types).toEqual({
      'application/atom+xml': [{ url: '/en/feed.xml', title: getMessages('en').site.name }],
      'application/rss+xml': [{ url: '/en/podcast.xml', title: getMessages('en').podcastFeed.title }],
    })
  })

  it('lists every locale the page exists in, with Japanese as x-default', () => {
    expect(alternates('en', pagePath.glossary)).toMatchObject({
      canonical: '/en/glossary',
      languages: { ja: '/ja/glossary', en: '/en/glossary', 'x-default': '/ja/glossary' },
    })
  })

  it('leaves out a locale the page is not published in', () => {
    expect(alternates('ja', pagePath.episode('new'), ['ja'])).toMatchObject({
      canonical: '/ja/episodes/new',
      languages: { ja: '/ja/episodes/new', 'x-default': '/ja/episodes/new' },
    })
  })
})
