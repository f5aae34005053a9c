import { notFound } from 'next/navigation'

/**
 * Any path under a locale that no page claims: answered by the reader site's 404
 * (app/(frontend)/not-found.tsx, with the disclaimer) rather than Next's built-in one.
 */
export default function UnknownPage(): never {
  notFound()
}
