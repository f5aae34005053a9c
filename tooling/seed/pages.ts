/**
 * Seeds the organisation's pages (about, privacy policy template, consultation, the full
 * disclaimer, a topic page), then the header and footer that link them. Idempotent like the rest
 * of the seed: a page that exists (by slug) and globals that hold links are left as editors left them.
 */
import type { Payload } from 'payload'

import { richTextFromBlocks } from './rich-text'
import { footer, headerLinks, pages, type SeedPage, type SeedPageBlock } from './pages-content'

type Report = { created: string[]; skipped: string[] }

function layoutIn(locale: 'ja' | 'en', layout: SeedPageBlock[], seriesId: number) {
  return layout.map((block) => {
    switch (block.blockType) {
      case 'richText':
        return { blockType: 'richText', content: richTextFromBlocks(block.content[locale]) }
      case 'episodeList':
        return {
          blockType: 'episodeList',
          heading: block.heading[locale],
          source: 'series',
          series: seriesId,
          limit: block.limit,
        }
      case 'faq':
        return {
          blockType: 'faq',
          heading: block.heading[locale],
          items: block.items.map((item) => ({ question: item.question[locale], answer: item.answer[locale] })),
        }
      case 'callToAction':
        // No page chosen: the button opens the consultation page.
        return {
          blockType: 'callToAction',
          heading: block.heading[locale],
          body: block.body[locale],
          label: block.label[locale],
        }
      case 'consultationForm':
        return { blockType: 'consultationForm', intro: block.intro[locale] }
    }
  })
}

async function upsertPage(payload: Payload, report: Report, page: SeedPage, seriesId: number): Promise<number> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: page.slug } },
    draft: true,
    limit: 1,
    depth: 0,
  })
  if (docs[0]) {
    report.skipped.push(`pages/${page.slug}`)
    return docs[0].id
  }
  const localized = (locale: 'ja' | 'en') => ({
    title: page.title[locale],
    summary: page.summary[locale],
    layout: layoutIn(locale, page.layout, seriesId),
    _status: 'published' as const,
  })
  const created = await payload.create({
    collection: 'pages',
    locale: 'ja',
    data: { ...localized('ja'), slug: page.slug, kind: page.kind } as never,
  })
  await payload.update({ collection: 'pages', id: created.id, locale: 'en', data: localized('en') as never })
  report.created.push(`pages/${page.slug}`)
  return created.id
}

/** Every seeded page's id, by slug. */
export async function seedPages(payload: Payload, report: Report, seriesId: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const page of pages) ids.set(page.slug, await upsertPage(payload, report, page, seriesId))
  return ids
}

export async function seedNavigation(payload: Payload, report: Report, pageIds: Map<string, number>) {
  const header = await payload.findGlobal({ slug: 'header', depth: 0 })
  if ((header.links ?? []).length > 0) report.skipped.push('header')
  else {
    const links = headerLinks.map((link) =>
      link.destination === 'page' ? { destination: 'page' as const, page: pageIds.get(link.page) } : link,
    )
    await payload.updateGlobal({ slug: 'header', locale: 'ja', data: { links } })
    report.created.push('header')
  }
  const current = await payload.findGlobal({ slug: 'footer', locale: 'ja', depth: 0 })
  if (current.organisationName || current.aboutPage) {
    report.skipped.push('footer')
    return
  }
  for (const locale of ['ja', 'en'] as const) {
    await payload.updateGlobal({
      slug: 'footer',
      locale,
      data: {
        organisationName: footer.organisationName[locale],
        address: footer.address[locale],
        aboutPage: pageIds.get(footer.aboutPage),
        privacyPage: pageIds.get(footer.privacyPage),
        disclaimerPage: pageIds.get(footer.disclaimerPage),
      },
    })
  }
  report.created.push('footer')
}
