import { ValidationError, type PayloadRequest } from 'payload'

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
