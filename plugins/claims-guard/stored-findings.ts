/**
 * The findings of each save, stored on the document in the locale saved (`claimsReview`, a
 * localized group: saving Japanese leaves the English findings as they were), so the admin list
 * can show and filter the documents with promises to review without running the matcher.
 */
import type { CollectionBeforeChangeHook, Field } from 'payload'

import { loadClaimsMatcher } from '@/lib/claims/check'
import { checkDocument, type DocumentFinding } from '@/lib/claims/document-text'
import { isLocale, type Locale } from '@/lib/i18n/locales'

export interface StoredFinding {
  ruleId: string
  category: string
  severity: DocumentFinding['severity']
  field: string
  match: string
}

export interface ClaimsReview {
  errors: number
  warnings: number
  findings: StoredFinding[]
}

export function claimsReviewOf(findings: DocumentFinding[]): ClaimsReview {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    findings: findings.map(({ ruleId, category, severity, field, match }) => ({
      ruleId,
      category,
      severity,
      field,
      match,
    })),
  }
}

/** The stored findings of one locale of a document. */
export async function reviewDocument(
  fields: Field[],
  doc: Record<string, unknown>,
  locale: Locale,
): Promise<ClaimsReview> {
  await loadClaimsMatcher()
  return claimsReviewOf(checkDocument(fields, doc, locale))
}

/**
 * On every save, draft or publish (autosave too), in the request's locale. A save in every locale
 * at once (`locale=all`) carries no single locale's text to check: the stored findings stay.
 * Payload merges nested values into the stored ones after this hook; a PATCH of part of a group is
 * read here as that part only, which the admin (it sends the whole form) never does.
 */
export const storeClaimsReview: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const locale = req.locale
  if (!locale || !isLocale(locale)) return data
  const merged = { ...originalDoc, ...data }
  data.claimsReview = await reviewDocument(collection.fields, merged, locale)
  return data
}
