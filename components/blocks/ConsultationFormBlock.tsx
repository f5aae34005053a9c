import { ConsultationForm } from '@/components/consultation/ConsultationForm'
import type { Locale } from '@/lib/i18n/locales'

type Props = { intro?: string | null; locale: Locale; consultationSent: boolean }

/** The consultation form, under `#consultation`: a form post without JavaScript comes back here (`?consultation=sent`). */
export function ConsultationFormBlock({ intro, locale, consultationSent }: Props) {
  return (
    <section id="consultation" className="page-consultation">
      {intro ? <p>{intro}</p> : null}
      <ConsultationForm locale={locale} sent={consultationSent} />
    </section>
  )
}
