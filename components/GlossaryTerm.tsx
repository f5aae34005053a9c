import Link from 'next/link'

import type { GlossaryTermNode } from '@/lib/glossary/linking'

type Props = { node: GlossaryTermNode; href: string }

/**
 * A glossary term in episode text: a link to its page, with the short definition as a tooltip
 * that appears on hover and on keyboard focus, and that screen readers announce as the link's
 * description (aria-describedby). Pure CSS: no client JavaScript.
 *
 * A term with a reading shows it as ruby over the term (hidden by the reader's choice,
 * components/ReadingsToggle.tsx). The reading is for the eye only (aria-hidden): a screen reader
 * would otherwise say the term twice, once as written and once as read, and the link's name
 * stays the words on the line, which voice control users say to follow it. The parentheses
 * (<rp>) show only where a browser cannot draw ruby.
 */
export function GlossaryTerm({ node, href }: Props) {
  const tooltipId = `glossary-tip-${node.slug}`
  return (
    <span className="glossary-term">
      <Link href={href} aria-describedby={tooltipId}>
        {node.reading ? (
          <ruby>
            {node.text}
            <rp aria-hidden="true">(</rp>
            <rt aria-hidden="true">{node.reading}</rt>
            <rp aria-hidden="true">)</rp>
          </ruby>
        ) : (
          node.text
        )}
      </Link>
      <span role="tooltip" id={tooltipId} className="glossary-tooltip">
        {node.definition}
      </span>
    </span>
  )
}
