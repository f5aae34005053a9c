import type { Metadata, ResolvingMetadata } from 'next'
import { notFound } from 'next/navigation'

import { laterPageNumber } from '@/lib/paging/page-number'

import { GlossaryIndex, glossaryIndexMetadata } from '../../glossary-index'

type PageProps = { params: Promise<{ locale: string; page: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, page } = await params
  const number = laterPageNumber(page)
  return number === undefined ? {} : glossaryIndexMetadata(locale, number, parent)
}

/** Page 2 and on of the glossary index; page 1 is /glossary itself (proxy.ts redirects /page/1). */
export default async function GlossaryIndexLaterPage({ params }: PageProps) {
  const { locale, page } = await params
  const number = laterPageNumber(page)
  if (number === undefined) notFound()
  return <GlossaryIndex locale={locale} page={number} />
}
