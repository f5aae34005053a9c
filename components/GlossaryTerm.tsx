import Link from 'next/link'

import type { GlossaryTermNode } from '@/lib/glossary/linking'

type Props = { node: GlossaryTermNode; href: string }

/**
 * A glossary term in episode text: a link to its page, with the short definition as a tooltip
 * that appears on hover and on keyboard focus, and that screen readers announce as the link's
 * description (aria-describedby). Pure CSS: no client JavaScript.
 */
export function GlossaryTerm({ node, href }: Props) {
  const tooltipId = `glossary-tip-${node.slug}`
  return (
    <span className="glossary-term">
      <Link href={href} aria-describedby={tooltipId}>
        {node.text}
      </Link>
      <span role="tooltip" id={tooltipId} className="glossary-tooltip">
        {node.definition}
      </span>
    </span>
  )
}
