import type { ConsultCallToAction as ConsultCallToActionContent } from '@/lib/content/consult-call-to-action'
import type { Locale } from '@/lib/i18n/locales'

type Props = { content: ConsultCallToActionContent; locale: Locale; label: string }

/** The "consult us" box at the end of an episode. Internal links keep the reader's locale. */
export function ConsultCallToAction({ content, locale, label }: Props) {
  const href = content.url?.startsWith('/') ? `/${locale}${content.url}` : (content.url ?? undefined)
  return (
    <section aria-label={label} className="consult">
      <h2>{content.heading}</h2>
      {content.body ? <p>{content.body}</p> : null}
      {href && content.label ? (
        <a className="consult-button" href={href}>
          {content.label}
        </a>
      ) : null}
    </section>
  )
}
