/**
 * The consultation form on a reader page (the consultationForm block): the confirmation once a
 * post without JavaScript came back (`sent`), otherwise the form with this request's own form
 * token (docs/consultation.md), the published therapy categories and the privacy policy's link
 * (read by lib/content/page-blocks.ts).
 */
import type { ConsultationTopicOption } from '@/lib/content/consultation-form'
import { issueFormToken } from '@/lib/consultation/spam-checks'
import type { Locale } from '@/lib/i18n/locales'

import { ConsultationFormEnhancer } from './ConsultationFormEnhancer'
import { ConsultationSent } from './ConsultationFormView'

export interface ConsultationFormProps {
  locale: Locale
  sent: boolean
  topics: ConsultationTopicOption[]
  privacyPolicyPath?: string
  /** The page's path, where a post without JavaScript returns; without it, the Referer says. */
  path?: string
}

export function ConsultationForm({ locale, sent, topics, privacyPolicyPath, path }: ConsultationFormProps) {
  if (sent) return <ConsultationSent locale={locale} />
  return (
    <ConsultationFormEnhancer
      locale={locale}
      topics={topics}
      privacyPolicyPath={privacyPolicyPath}
      formToken={issueFormToken()}
      returnTo={path ?? ''}
    />
  )
}
