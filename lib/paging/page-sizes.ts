/**
 * How much one page, feed or sitemap file carries, in one place. Every list a reader page shows
 * is bounded by one of these, so a page stays the same size however large the catalogue grows.
 *
 * - 20 episodes a series or category page: an episode is a title line (a series page also shows
 *   its number), so 20 fit about two screens on a phone, and a series of a typical 10–20 planned
 *   episodes stays on one page with its "coming" placeholders.
 * - 60 glossary terms a glossary page: a term is a headword and a one-line definition, and 60 keep
 *   several gojūon rows or letters together, so the row links at the top still help.
 * - 5 latest episodes and 5 entries per series on the home page: the home page introduces; the
 *   series pages list.
 * - 50 Atom entries: feed readers poll often and keep what they saw, so the newest 50 are enough,
 *   and the feed stays small to fetch. The podcast RSS stays complete (podcast apps show a show's
 *   whole back catalogue from it).
 * - 50,000 URLs a sitemap file: the limit of the sitemaps protocol (sitemaps.org).
 */
export const pageSizes = {
  seriesEpisodes: 20,
  categoryEpisodes: 20,
  glossaryTerms: 60,
  homeLatestEpisodes: 5,
  homeSeriesEpisodes: 5,
  atomFeedEntries: 50,
  sitemapUrls: 50_000,
} as const
