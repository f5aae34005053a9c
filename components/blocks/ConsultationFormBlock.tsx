import { ConsultationForm } from '@/components/consultation/ConsultationForm'
import type { ConsultationTopicOption } from '@/lib/content/consultation-form'
import type { Locale } from '@/lib/i18n/locales'

type Props = {
  intro?: string | null
  topics: ConsultationTopicOption[]
  privacyPolicyPath?: string
  locale: Locale
  consultationSent: boolean
  path?: string
}

/**
 * The consultation form, under `#consultation`: a form post without JavaScript comes back to
 * `path` (the page's own) with `?consultation=sent`.
 */
export function ConsultationFormBlock({ intro, topics, privacyPolicyPath, locale, consultationSent, path }: Props) {
  return (
    <section id="consultation" className="page-consultation">
      {intro ? <p>{intro}</p> : null}
      <ConsultationForm
        locale={locale}
        sent={consultationSent}
        topics={topics}
        privacyPolicyPath={privacyPolicyPath}
        path={path}
      />
    </section>
  )
}
