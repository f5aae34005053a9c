/**
 * The claims guard in the admin (issue: promises of efficacy or safety never get published).
 * Editors see findings while they write (components/admin/ClaimFindings.tsx); drafts always
 * save; publishing with an `error` finding is refused unless an admin has recorded an override
 * with a reason. The override is part of the document, so it is kept in its version history,
 * and it covers exactly the findings it was given for: a new promise needs a new override.
 */
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type Field } from 'payload'

import { isAdminField, isStaffField } from '@/access/roles'
import { keepingRequestLocale } from '@/lib/payload/find-in-locale'
import { translate } from '@/lib/payload/validation-error'
import { checkDocument, findingFingerprint as fingerprint, type DocumentFinding } from '@/lib/claims/document-text'
import { locales, type Locale } from '@/lib/i18n/locales'

type Doc = Record<string, unknown> & { id?: number | string; _status?: string | null }
type Override = { reason?: string | null; covers?: string[] | null }

const noWrites = { create: () => false, update: () => false }

/** A refused publish: the editor's to fix, so logged as information, not as a server error. */
export class ClaimsRefusedError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'ClaimsRefusedError'
  }
}

export function claimsReviewFields(): Field[] {
  return [
    {
      name: 'claimFindings',
      type: 'ui',
      label: { ja: '表現チェック', en: 'Claims check' },
      admin: { position: 'sidebar', components: { Field: '@/components/admin/ClaimFindings#ClaimFindings' } },
    },
    {
      name: 'claimsOverride',
      type: 'group',
      label: { ja: '表現チェックの承認(管理者)', en: 'Claims check override (admin)' },
      // Who approved which promise, and why, is the organisation's own record: never public.
      access: { read: isStaffField },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'reason',
          type: 'textarea',
          access: { create: isAdminField, update: isAdminField },
          label: { ja: '承認の理由', en: 'Reason for the override' },
          admin: {
            description: {
              ja: 'エラーの指摘があるまま公開する理由。今の指摘だけに有効で、履歴に残ります。',
              en: 'Why this may be published despite its error findings. Covers the current findings only; kept in the history.',
            },
          },
        },
        // Set by stampClaimsOverride only: nobody writes these through the API.
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', access: noWrites, admin: { readOnly: true } },
        { name: 'approvedAt', type: 'date', access: noWrites, admin: { readOnly: true } },
        // What the override was given for: "locale|rule|phrase" of each error finding.
        { name: 'covers', type: 'json', access: noWrites, admin: { hidden: true } },
      ],
    },
  ]
}

/** The document as published in every locale, with `doc` standing for the locale just saved. */
async function readLocales(
  collection: string,
  doc: Doc,
  locale: string,
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
) {
  return Promise.all(
    locales.map(async (each): Promise<[Locale, Doc | undefined]> => {
      if (each === locale) return [each, doc]
      const stored = await keepingRequestLocale(req, () =>
        req.payload.findByID({
          collection: collection as 'episodes',
          id: doc.id!,
          locale: each,
          fallbackLocale: false,
          draft: false,
          depth: 0,
          overrideAccess: true,
          req,
        }),
      )
      return [each, (stored as unknown as Doc)._status === 'published' ? (stored as unknown as Doc) : undefined]
    }),
  )
}

function errorFindings(fields: Field[], docs: [Locale, Doc | undefined][]): DocumentFinding[] {
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
  const covers = errorFindings(collection.fields, docs).map(fingerprint)
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
  const uncovered = errorFindings(collection.fields, docs).filter((finding) => !covered.has(fingerprint(finding)))
  if (uncovered.length === 0) return doc
  const findings = uncovered
    .map((finding) =>
      translate(req, 'column:claimFinding', { match: finding.match, why: finding.why, suggestion: finding.suggestion }),
    )
    .join(' ')
  throw new ClaimsRefusedError(`${translate(req, 'column:claimsRefused')} ${findings}`)
}
