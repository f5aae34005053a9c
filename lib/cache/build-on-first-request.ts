/**
 * The `generateStaticParams` of the reader site's feeds, sitemap, transcripts and share images.
 * `next build` has no database, so it builds none of them: each is made on its first request,
 * kept in Next's cache and made again when what it shows is published (the tags in ./tags.ts).
 * Without the export, Next would make them on every request instead. Reader pages do not use it:
 * they are rendered per request for their CSP nonce (app/(frontend)/[locale]/layout.tsx).
 */
export function buildOnFirstRequest(): never[] {
  return []
}
