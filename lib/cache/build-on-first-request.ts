/**
 * The `generateStaticParams` of the reader's routes. `next build` has no database, so it builds
 * none of them: each page, feed or image is made on its first request, kept in Next's cache and
 * made again when what it shows is published (the tags in ./tags.ts). Without the export, Next
 * would render those routes on every request instead.
 */
export function buildOnFirstRequest(): never[] {
  return []
}
