/**
 * Stub, in the pages branch only: replaced by helper B's consultation form (issue 16) at
 * integration. It renders a paragraph so that the consultation form block has something to show.
 */
import type { Locale } from '@/lib/i18n/locales'

export function ConsultationForm({ locale, sent }: { locale: Locale; sent?: boolean }) {
  return <p data-consultation-form-stub={locale}>{sent ? 'sent' : 'form'}</p>
}
