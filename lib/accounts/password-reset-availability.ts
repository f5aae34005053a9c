/**
 * "Forgot password?" on a production site without SMTP_URL: Payload would answer "check your
 * e-mail" and send nothing. Refused with 503 and a message instead, for every address alike, so
 * the answer tells nobody which accounts exist.
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '@/lib/payload/validation-error'
import { env } from '@/lib/env'
import { passwordResetEmailsCanBeSent } from '@/lib/email/email-adapter'

export class PasswordResetUnavailableError extends APIError {
  override name = 'PasswordResetUnavailableError'
  constructor(message: string) {
    super(message, 503, undefined, true)
  }
}

export const refuseForgotPasswordWithoutEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // The Local API may ask for a token without an e-mail (disableEmail): nothing is promised then.
  const sendsEmail = !(args as { disableEmail?: boolean }).disableEmail
  if (operation === 'forgotPassword' && sendsEmail && !passwordResetEmailsCanBeSent(env)) {
    throw new PasswordResetUnavailableError(translate(req, 'column:passwordResetByEmailUnavailable'))
  }
  return args
}
