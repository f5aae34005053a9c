/**
 * Renders Lexical rich text on the server. Headings get the stable ids that the table of
 * contents links to (lib/richtext/table-of-contents.ts).
 */
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { headingId } from '@/lib/richtext/table-of-contents'

type RichTextBodyProps = {
  value: unknown
  className?: string
}

function convertersWithHeadingIds(): JSXConvertersFunction {
  let headingIndex = 0
  return ({ defaultConverters }) => ({
    ...defaultConverters,
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

export function RichTextBody({ value, className }: RichTextBodyProps) {
  if (!value) return null
  return (
    <RichText
      className={className}
      converters={convertersWithHeadingIds()}
      data={value as SerializedEditorState}
      disableContainer={!className}
    />
  )
}

