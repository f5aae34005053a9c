/**
 * The "Forgot password?" e-mail, in the language of the person who asked (the admin's language,
 * or Accept-Language): the site's name in the subject, Payload's own sentences, and the link to
 * the admin's reset form on SITE_URL (Payload's serverURL, never the request's Host header).
 */
import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { translate } from '@/lib/payload/validation-error'
import { getMessages } from '@/lib/i18n/messages'

/** How long a reset link works (Payload's default, stated in the e-mail). */
export const passwordResetLinkLifetime = 60 * 60 * 1000

function siteName(req: PayloadRequest): string {
  return getMessages(req.i18n.language === 'en' ? 'en' : 'ja').site.name
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export function passwordResetLink(req: PayloadRequest, token: string): string {
  const { config } = req.payload
  return formatAdminURL({
    adminRoute: config.routes.admin,
    path: `${config.admin.routes.reset}/${token}`,
    serverURL: config.serverURL,
  })
}

/** Payload types these as optional; its forgot-password operation always passes both. */
interface ForgotPasswordEmailArguments {
  req?: PayloadRequest
  token?: string
}

export function passwordResetSubject(args?: ForgotPasswordEmailArguments): string {
  const req = args!.req!
  return translate(req, 'column:resetPasswordSubject', { site: siteName(req) })
}

export function passwordResetHtml(args?: ForgotPasswordEmailArguments): string {
  const req = args!.req!
  const token = args!.token!
  const link = escapeHtml(passwordResetLink(req, token))
  const t = req.t as (key: string) => string
  return [
    `<p>${escapeHtml(t('authentication:youAreReceivingResetPassword'))}</p>`,
    `<p><a href="${link}">${link}</a></p>`,
    `<p>${escapeHtml(translate(req, 'column:resetLinkExpires'))}</p>`,
    `<p>${escapeHtml(t('authentication:youDidNotRequestPassword'))}</p>`,
    `<p>${escapeHtml(siteName(req))}</p>`,
  ].join('\n')
}
