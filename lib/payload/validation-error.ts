import { ValidationError, type AfterErrorHook, type PayloadRequest } from 'payload'

import type { ColumnTranslationKey } from '@/lib/i18n/admin-translations'

/**
 * A 400 with a message on one field, in the request's language. Thrown from hooks for rules that
 * must hold even for drafts, which Payload saves without running field validation.
 */
export function fieldError(
  req: PayloadRequest,
  collection: string,
  path: string,
  key: ColumnTranslationKey,
): ValidationError {
  return new ValidationError({ collection, errors: [{ path, message: translate(req, key) }] }, req.t)
}

export function translate(req: PayloadRequest, key: ColumnTranslationKey, variables?: Record<string, string>): string {
  // Payload's `t` is typed for its own keys; ours are merged in through config.i18n.translations.
  return (req.t as (key: string, variables?: Record<string, string>) => string)(key, variables)
}

/**
 * Keeps a ValidationError's field errors (`data.errors`, which the admin's forms put on their
 * fields) in the REST answer. Payload's error handler adds them only to an `instanceof` its own
 * ValidationError class. In the production build the error is thrown by a copy of that class
 * from another bundle (the Payload instance serving requests is, as far as we can tell, the one
 * lib/prepare-server.ts starts from the instrumentation bundle), and every field error, Payload's
 * own included, came back as the bare "The following field is invalid" message, the field not
 * marked. Recognised here by its shape.
 */
export const keepFieldErrorsInAnswers: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as { data?: { errors?: { path?: unknown }[] }; status?: number }
  const fieldErrors = Array.isArray(data?.errors) && data.errors.every((entry) => typeof entry?.path === 'string')
  if (!result || status !== 400 || !fieldErrors || result.errors.some((entry) => entry.data)) return
  return { response: { ...result, errors: [{ name: 'ValidationError', data, message: error.message }] } }
}
