import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { JsonLd } from '@/components/JsonLd'
import { listGlossaryTerms } from '@/lib/content/glossary'
import { groupAlphabetically, groupByGojuonRow } from '@/lib/glossary/index-groups'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { glossaryTermSet } from '@/lib/seo/structured-data/glossary'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { glossaryTermPath, homePath, pagePath } from '@/lib/i18n/paths'

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { title, intro } = getMessages(locale).glossary
  return pageMetadata({
    locale,
    path: pagePath.glossary,
    title,
    description: intro,
    images: await inheritedShareImages(parent),
  })
}

/** The glossary index: Japanese by gojūon row of the reading (あ か さ …), English A–Z. */
export default async function GlossaryIndexPage({ params }: PageProps) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const terms = await listGlossaryTerms(locale)
  const groups = locale === 'ja' ? groupByGojuonRow(terms) : groupAlphabetically(terms)
  return (
    <>
      <JsonLd data={glossaryTermSet(currentSite(locale), terms)} />
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[{ name: messages.nav.home, href: homePath(locale) }, { name: messages.glossary.title }]}
      />
      <h1>{messages.glossary.title}</h1>
      <p>{messages.glossary.intro}</p>
      {/* Rows of this page: plain anchors, the browser scrolls to them. */}
      <nav aria-label={messages.glossary.rows} className="glossary-rows">
        {groups.map((group) => (
          <a key={group.row} href={`#row-${encodeURIComponent(group.row)}`}>
            {group.row}
          </a>
        ))}
      </nav>
      {groups.map((group) => (
        <section key={group.row} aria-labelledby={`row-${encodeURIComponent(group.row)}`}>
          <h2 id={`row-${encodeURIComponent(group.row)}`}>{group.row}</h2>
          <dl className="glossary-list">
            {group.terms.map((term) => (
              <div key={term.id}>
                <dt>
                  <Link href={glossaryTermPath(locale, term.slug)}>{term.term}</Link>
                  {locale === 'ja' && term.reading ? <span className="reading">({term.reading})</span> : null}
                </dt>
                <dd>{term.shortDefinition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  )
}
