import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { laterPageNumber } from '@/lib/paging/page-number'

import { CategoryList, categoryListMetadata } from '../../category-list'

type PageProps = { params: Promise<{ locale: string; slug: string; page: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug, page } = await params
  const number = laterPageNumber(page)
  return number === undefined ? {} : categoryListMetadata(locale, slug, number, parent)
}

/** Page 2 and on of a category's episodes; page 1 is the category's own URL (proxy.ts redirects /page/1). */
export default async function TherapyCategoryLaterPage({ params }: PageProps) {
  const { locale, slug, page } = await params
  const number = laterPageNumber(page)
  if (number === undefined) notFound()
  return <CategoryList locale={locale} slug={slug} page={number} />
}
