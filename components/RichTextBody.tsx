/**
 * Renders Lexical rich text on the server. Headings get the stable ids that the table of
 * contents links to (lib/content/table-of-contents.ts); glossary terms become tooltip links.
 */
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { GlossaryTermNode } from '@/lib/glossary/linking'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { glossaryTermPath } from '@/lib/i18n/paths'
import { headingId } from '@/lib/content/table-of-contents'

import { GlossaryTerm } from './GlossaryTerm'

type RichTextBodyProps = {
  value: unknown
  className?: string
  /** The glossary whose pages the terms linked by lib/glossary/linking.ts point to. */
  locale?: Locale
}

function convertersWithHeadingIds(locale: Locale): JSXConvertersFunction {
  let headingIndex = 0
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    glossaryTerm: ({ node }) => {
      const term = node as unknown as GlossaryTermNode
      return <GlossaryTerm node={term} href={glossaryTermPath(locale, term.slug)} />
    },
    heading: ({ node, nodesToJSX }) => {
      const Tag = (node as { tag: 'h2' | 'h3' | 'h4' }).tag
      const children = nodesToJSX({ nodes: node.children })
      return (
        <Tag id={headingId('', headingIndex++)} tabIndex={-1}>
          {children}
        </Tag>
      )
    },
  })
}

export function RichTextBody({ value, className, locale = defaultLocale }: RichTextBodyProps) {
  if (!value) return null
  return (
    <RichText
      className={className}
      converters={convertersWithHeadingIds(locale)}
      data={value as SerializedEditorState}
      disableContainer={!className}
    />
  )
}
