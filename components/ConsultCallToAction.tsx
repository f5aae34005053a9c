import Link from 'next/link'

import type { ConsultCallToAction as ConsultCallToActionContent } from '@/lib/content/consult-call-to-action'
import type { Locale } from '@/lib/i18n/locales'
import { localePath } from '@/lib/i18n/paths'

type Props = { content: ConsultCallToActionContent; locale: Locale; label: string }

/** The "consult us" box at the end of an episode. Internal links keep the reader's locale. */
export function ConsultCallToAction({ content, locale, label }: Props) {
  const internal = content.url?.startsWith('/') ? localePath(locale, content.url) : undefined
  return (
    <section aria-label={label} className="consult">
      <h2>{content.heading}</h2>
      {content.body ? <p>{content.body}</p> : null}
      {internal && content.label ? (
        // Not prefetched: the editor's path may match no page, and a prefetched 404 stays open (see
        // SamePageInOtherLocale.tsx).
        <Link className="consult-button" href={internal} prefetch={false}>
          {content.label}
        </Link>
      ) : content.url && content.label ? (
        // Another site (or mailto:, tel:): next/link only navigates within this one.
        <a className="consult-button" href={content.url}>
          {content.label}
        </a>
      ) : null}
    </section>
  )
}
