import type { Metadata, ResolvingMetadata } from 'next'

import { CategoryList, categoryListMetadata } from './category-list'

type PageProps = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, slug } = await params
  return categoryListMetadata(locale, slug, 1, parent)
}

/** A therapy category: what it introduces into the body, what to check, and its first episodes. */
export default async function TherapyCategoryPage({ params }: PageProps) {
  const { locale, slug } = await params
  return <CategoryList locale={locale} slug={slug} page={1} />
}
