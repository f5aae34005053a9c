/**
 * Publishing with an `error` finding is refused unless an admin has recorded an override with a
 * reason; the override covers exactly the findings it was given for (./index.ts).
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'

import { loadClaimsMatcher } from '@/lib/claims/check'
import { checkDocument, findingFingerprint as fingerprint, type DocumentFinding } from '@/lib/claims/document-text'
import { locales, type Locale } from '@/lib/i18n/locales'
import { findInLocale } from '@/lib/payload/find-in-locale'
import { translate } from '@/lib/payload/validation-error'

type Doc = Record<string, unknown> & { id?: number | string; _status?: string | null }
type Override = { reason?: string | null; covers?: string[] | null }

/** A refused publish: the editor's to fix, so logged as information, not as a server error. */
export class ClaimsRefusedError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'ClaimsRefusedError'
  }
}

/** The document as published in every locale, with `doc` standing for the locale just saved. */
async function readLocales(collection: CollectionSlug, doc: Doc, locale: string, req: PayloadRequest) {
  return Promise.all(
    locales.map(async (each): Promise<[Locale, Doc | undefined]> => {
      if (each === locale) return [each, doc]
      const stored = await findInLocale(req, { collection, id: doc.id!, locale: each, draft: false })
      return [each, stored._status === 'published' ? stored : undefined]
    }),
  )
}

async function errorFindings(fields: Field[], docs: [Locale, Doc | undefined][]): Promise<DocumentFinding[]> {
  await loadClaimsMatcher()
  return docs.flatMap(([locale, doc]) =>
    doc ? checkDocument(fields, doc, locale).filter((finding) => finding.severity === 'error') : [],
  )
}

/** A reason written records who gave it, when, and which findings it covers. */
export const stampClaimsOverride: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const given = (data.claimsOverride as Override | undefined)?.reason?.trim()
  const before = (originalDoc?.claimsOverride as Override | undefined)?.reason?.trim()
  // Field access lets only admins write the reason through the API and the admin.
  if (!given || given === before) return data
  const merged = { ...originalDoc, ...data, id: originalDoc?.id } as Doc
  const docs =
    merged.id === undefined
      ? [[req.locale as Locale, merged] as [Locale, Doc]]
      : await readLocales(collection.slug, merged, req.locale ?? '', req)
  const covers = (await errorFindings(collection.fields, docs)).map(fingerprint)
  data.claimsOverride = {
    ...(data.claimsOverride as object),
    approvedBy: req.user?.id,
    approvedAt: new Date().toISOString(),
    covers,
  }
  return data
}

/** After a publish, every published locale is checked; an uncovered error rolls the save back. */
export const refuseUnreviewedClaims: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const docs = await readLocales(collection.slug, doc, req.locale ?? '', req)
  const covered = new Set((doc.claimsOverride as Override | undefined)?.covers ?? [])
  const uncovered = (await errorFindings(collection.fields, docs)).filter(
    (finding) => !covered.has(fingerprint(finding)),
  )
  if (uncovered.length === 0) return doc
  const findings = uncovered
    .map((finding) =>
      translate(req, 'column:claimFinding', { match: finding.match, why: finding.why, suggestion: finding.suggestion }),
    )
    .join(' ')
  throw new ClaimsRefusedError(`${translate(req, 'column:claimsRefused')} ${findings}`)
}
