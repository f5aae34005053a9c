import type { FieldHook } from 'payload'

import { fieldError } from '@/lib/payload/validation-error'

/**
 * One consultation form per page: the form's fields, its confirmation and the `#consultation`
 * anchor a post without JavaScript comes back to all have fixed ids, which a second copy would
 * repeat. Refused on drafts too (a hook, not validation), so the preview never shows two.
 */
export const refuseSecondConsultationForm: FieldHook = ({ value, req }) => {
  const forms = Array.isArray(value)
    ? value.filter((block) => (block as { blockType?: unknown } | null)?.blockType === 'consultationForm')
    : []
  if (forms.length > 1) throw fieldError(req, 'pages', 'layout', 'column:oneConsultationForm')
  return value
}
