/**
 * The consultationForm block on a page: its section (the target of the confirmation's
 * `#consultation`), the editor's introduction, then the form. Minimal here; the pages work of
 * issue 16 draws the blocks (components/blocks/PageBlocks.tsx).
 */
import { ConsultationForm } from '@/components/consultation/ConsultationForm'
import type { Locale } from '@/lib/i18n/locales'
import type { ConsultationFormBlock as ConsultationFormBlockData } from '@/payload-types'

export function ConsultationFormBlock({
  block,
  locale,
  consultationSent,
  path,
}: {
  block: ConsultationFormBlockData
  locale: Locale
  consultationSent: boolean
  path?: string
}) {
  return (
    <section id="consultation" className="consultation">
      {block.intro ? <p className="consultation__intro">{block.intro}</p> : null}
      <ConsultationForm locale={locale} sent={consultationSent} path={path} />
    </section>
  )
}
