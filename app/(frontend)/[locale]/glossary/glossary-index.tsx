/**
 * The glossary index, page 1 (/<locale>/glossary) or a later page (…/page/<n>): Japanese by gojūon
 * row of the reading (あ か さ …), English A–Z. The pages follow the index's order, so a page holds
 * whole stretches of it, and its row links lead to the rows on that page.
 */
import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { JsonLd } from '@/components/JsonLd'
import { Pagination } from '@/components/Pagination'
import { countGlossaryTerms, listGlossaryTermsPage } from '@/lib/content/glossary'
import { groupAlphabetically, groupByGojuonRow } from '@/lib/glossary/index-groups'
import { inheritedShareImages } from '@/lib/seo/page-metadata'
import { pagedMetadata } from '@/lib/seo/paged-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { glossaryTermSet } from '@/lib/seo/structured-data/glossary'
import { isLocale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { glossaryPath, glossaryTermPath, homePath, pagePath } from '@/lib/i18n/paths'
import { pageCountOf } from '@/lib/paging/page-number'
import { pageSizes } from '@/lib/paging/page-sizes'

export async function glossaryIndexMetadata(
  locale: string,
  page: number,
  parent: ResolvingMetadata,
): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const listed = await listGlossaryTermsPage(locale, page)
  if (!listed) return {}
  const { title, intro } = getMessages(locale).glossary
  return pagedMetadata({
    locale,
    firstPage: pagePath.glossary,
    page,
    pageCount: listed.pageCount,
    pageCountIn: async (other) => pageCountOf(await countGlossaryTerms(other), pageSizes.glossaryTerms),
    title,
    description: intro,
    images: await inheritedShareImages(parent),
  })
}

export async function GlossaryIndex({ locale, page }: { locale: string; page: number }) {
  if (!isLocale(locale)) notFound()
  const listed = await listGlossaryTermsPage(locale, page)
  if (!listed) notFound()
  const messages = getMessages(locale)
  const groups = locale === 'ja' ? groupByGojuonRow(listed.items) : groupAlphabetically(listed.items)
  return (
    <>
      <JsonLd data={glossaryTermSet(currentSite(locale), listed.items)} />
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
      <Pagination
        firstPage={glossaryPath(locale)}
        current={listed.page}
        pageCount={listed.pageCount}
        labels={messages.paging}
      />
    </>
  )
}
