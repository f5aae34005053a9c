import Link from 'next/link'

import type { ConsultCallToAction as ConsultCallToActionContent } from '@/lib/content/consult-call-to-action'

type Props = { content: ConsultCallToActionContent; label: string }

/** The "consult us" box at the end of an episode; a button only when its page is published. */
export function ConsultCallToAction({ content, label }: Props) {
  return (
    <section aria-label={label} className="consult">
      <h2>{content.heading}</h2>
      {content.body ? <p>{content.body}</p> : null}
      {content.href && content.label ? (
        <Link className="consult-button" href={content.href}>
          {content.label}
        </Link>
      ) : null}
    </section>
  )
}
