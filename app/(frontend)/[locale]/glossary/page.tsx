import type { Metadata, ResolvingMetadata } from 'next'

import { GlossaryIndex, glossaryIndexMetadata } from './glossary-index'

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PageProps, parent: ResolvingMetadata): Promise<Metadata> {
  return glossaryIndexMetadata((await params).locale, 1, parent)
}

/** The glossary index, first page (later pages: ./page/[page]). */
export default async function GlossaryIndexPage({ params }: PageProps) {
  return <GlossaryIndex locale={(await params).locale} page={1} />
}
