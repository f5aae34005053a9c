import type { TextFieldSingleValidation } from 'payload'

import { translate } from '@/lib/payload/validation-error'

/** A link inside the site (`/contact`) or an absolute http(s) URL. */
export const validateLinkTarget: TextFieldSingleValidation = (value, { req }) => {
  if (!value || value.startsWith('/')) return true
  return validateAbsoluteUrl(value, { req } as Parameters<TextFieldSingleValidation>[1])
}

/** An absolute http(s) URL: sources, external audio. */
export const validateAbsoluteUrl: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  return /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value) && URL.canParse(value) ? true : translate(req, 'column:urlInvalid')
}
