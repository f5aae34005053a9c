/**
 * The benchmark's reference: a page in the reader layout, about the size of an episode page, that
 * reads no content, so that `npm run bench` can set the episode page (its content from the data
 * cache) against a page that costs only its render. Both are rendered for each request, for the
 * nonce of their Content-Security-Policy (proxy.ts). Only in the benchmark's own build
 * (`COLUMN_BENCH_BUILD=1`, see next.config.ts): `.bench.tsx` is not a page extension otherwise.
 */
import type { Metadata } from 'next'

import { locales, type Locale } from '@/lib/i18n/locales'
import { episodes } from '@/tooling/seed/content'

/**
 * Characters of demo text: with the layout and the RSC payload, about the size of the first demo
 * episode page (about 60 KB; the bench prints both sizes).
 */
const TEXT_LENGTH = { ja: 6_900, en: 18_800 } satisfies Record<Locale, number>

export const dynamicParams = false
export const metadata: Metadata = { title: 'Benchmark reference', robots: { index: false } }

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

/** Paragraphs of the demo transcripts, in order, until the page has its length of text. */
function referenceParagraphs(locale: Locale): string[] {
  const all = episodes.flatMap((episode) => episode.transcript[locale].split('\n\n'))
  const chosen: string[] = []
  for (let length = 0, index = 0; length < TEXT_LENGTH[locale]; index++) {
    const paragraph = all[index % all.length]!
    chosen.push(paragraph)
    length += paragraph.length
  }
  return chosen
}

export default async function BenchmarkReferencePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  return (
    <article>
      <h1>Benchmark reference</h1>
      {referenceParagraphs(locale).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </article>
  )
}
