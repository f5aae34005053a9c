import { notFound } from 'next/navigation'

/**
 * Any path under a locale that no page claims: answered by the locale's own 404 page, inside the
 * locale layout, so the disclaimer is there too (Next's built-in 404 would have neither).
 */
export default function UnknownPage(): never {
  notFound()
}
