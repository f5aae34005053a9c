import type { Graph, Thing, WithContext } from 'schema-dts'

/**
 * JSON for inside a <script>: "<" becomes \u003c (the same string to a JSON parser), so text
 * such as "</script>" in a title cannot end the element and be read as HTML.
 */
export function serialiseJsonLd(data: WithContext<Thing> | Graph): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/** Structured data for search engines, built by lib/seo/structured-data. */
export function JsonLd({ data }: { data: WithContext<Thing> | Graph }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(data) }} />
}
