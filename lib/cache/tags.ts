/**
 * Cache tags for reader content. Reader queries are cached under these tags
 * (lib/content, through cachedQuery) and Payload hooks revalidate them when published content
 * changes (plugins/cache-revalidation.ts), so a page is rebuilt exactly when what it shows
 * has changed.
 */
export const cacheTags = {
  /** One episode's own page data, by slug. */
  episode: (slug: string) => `episode:${slug}`,
  /** Every list of episodes: home, series, category, previous/next, related, feeds. */
  episodes: 'episodes',
  /**
   * Every episode's own page data, for what many episodes show (authors, media). Not revalidated
   * by an episode's publish: with thousands of episodes one publish would otherwise drop every
   * episode page from the cache, when only its own and the lists changed.
   */
  episodePages: 'episode-pages',
  series: 'series',
  categories: 'therapy-categories',
  /** The glossary index, every term page, and the terms every episode body links. */
  glossary: 'glossary',
  glossaryTerm: (slug: string) => `glossary-term:${slug}`,
  /** The site disclaimer on every page, and topic disclaimers on episode pages. */
  disclaimers: 'disclaimers',
  siteSettings: 'site-settings',
  /** One page of the organisation's own, by slug. */
  page: (slug: string) => `page:${slug}`,
  /** Every list or link of pages: the sitemap, calls to action, the navigation. */
  pages: 'pages',
  /** The header and footer globals, drawn on every reader page. */
  navigation: 'navigation',
} as const
