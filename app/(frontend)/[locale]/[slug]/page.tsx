/**
 * One of the organisation's own pages (collections/Pages): about, consultation, privacy policy,
 * topic pages. A one-segment path that is no published page never reaches this route: proxy.ts
 * sends it to the server-drawn 404 (docs/reliability-404.md). A page published in another locale
 * only says that it is not translated yet, as an episode does (the language switcher links here);
 * notFound() is left for draft mode, for what the previewing staff member may not read.
 */
import type { Metadata, ResolvingMetadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumb } from '@/components/Breadcrumb'
import { JsonLd } from '@/components/JsonLd'
import { PageBlocks } from '@/components/blocks/PageBlocks'
import { readyPageBlocks } from '@/lib/content/page-blocks'
import { getPageBySlug, publishedLocalesOfPage } from '@/lib/content/pages'
import { previewViewer } from '@/lib/content/preview-viewer'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { homePath, pagePath, pagePathIn } from '@/lib/i18n/paths'
import { editorShareImage } from '@/lib/seo/episode-metadata'
import { inheritedShareImages, pageMetadata } from '@/lib/seo/page-metadata'
import { currentSite } from '@/lib/seo/structured-data/current-site'
import { faqPage, organisationPage } from '@/lib/seo/structured-data/page'

type PageProps = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const page = await getPageBySlug(locale, slug)
  if (!page) return { robots: { index: false } }
  return pageMetadata({
    locale,
    path: pagePath.page(slug),
    title: page.seo?.title || page.title,
    description: page.seo?.description || page.summary || getMessages(locale).site.tagline,
    // hreflang only for the locales the page is published in.
    available: await publishedLocalesOfPage(slug),
    images: editorShareImage(page.seo?.image) ?? (await inheritedShareImages(parent)),
  })
}

/** Shown in a locale the page is not published in, while it is published in `available`. */
function NotTranslatedYet({ locale, available, slug }: { locale: Locale; available: Locale; slug: string }) {
  const messages = getMessages(locale).page
  return (
    <>
      <h1>{messages.notTranslatedTitle}</h1>
      <p>{messages.notTranslatedBody}</p>
      <p>
        <Link href={pagePathIn(available, slug)} hrefLang={available}>
          {messages.readInOtherLanguage}
        </Link>
      </p>
    </>
  )
}

export default async function OrganisationPage({ params, searchParams }: PageProps) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const viewer = await previewViewer()
  const page = await getPageBySlug(locale, slug, { draft: viewer !== null, viewer })
  if (!page) {
    const elsewhere = (await publishedLocalesOfPage(slug)).find((other) => other !== locale)
    if (elsewhere) return <NotTranslatedYet locale={locale} available={elsewhere} slug={slug} />
    notFound()
  }
  const messages = getMessages(locale)
  const blocks = await readyPageBlocks(locale, page.layout)
  const site = currentSite(locale)
  const faq = faqPage(
    site,
    page.slug,
    blocks.flatMap((block) => (block.blockType === 'faq' ? block.items : [])),
  )
  // The consultation form posted without JavaScript comes back with ?consultation=sent.
  const consultationSent = (await searchParams).consultation === 'sent'
  return (
    <article className="organisation-page">
      <JsonLd data={organisationPage(site, page)} />
      {faq ? <JsonLd data={faq} /> : null}
      <Breadcrumb
        label={messages.nav.breadcrumb}
        crumbs={[{ name: messages.nav.home, href: homePath(locale) }, { name: page.title }]}
      />
      <h1>{page.title}</h1>
      {page.summary ? <p className="lead">{page.summary}</p> : null}
      <PageBlocks
        blocks={blocks}
        locale={locale}
        consultationSent={consultationSent}
        path={pagePathIn(locale, page.slug)}
      />
    </article>
  )
}
