/**
 * The claims guard over the CMS's content: every document of the collections readers see, in
 * each locale, read as it is published (and, on request, as its latest draft), with findings
 * grouped by document. Takes a running Payload, so it works wherever one is at hand.
 */
import type { Payload } from 'payload'

import { locales as allLocales, type Locale } from '@/lib/i18n/locales'

import { loadClaimsMatcher } from '../../lib/claims/check'
import { checkDocument, findingFingerprint, type DocumentFinding } from '../../lib/claims/document-text'

export const checkedCollections = ['episodes', 'glossary-terms', 'therapy-categories', 'series', 'pages'] as const
export type CheckedCollection = (typeof checkedCollections)[number]

export interface ContentFinding extends DocumentFinding {
  /** Whether the phrase is live, or only in the latest draft (`--drafts`). */
  status: 'published' | 'draft'
  /** Covered by an admin's recorded override: reported, but not a failure. */
  approved: boolean
}

export interface DocumentReport {
  collection: CheckedCollection
  id: number | string
  title: string
  adminUrl: string
  findings: ContentFinding[]
}

export interface ContentCheck {
  /** Documents with at least one finding, in collection order. */
  documents: DocumentReport[]
  /** How many documents were read, with or without findings. */
  checkedDocuments: number
  drafts: boolean
}

export interface ContentCheckOptions {
  siteUrl: string
  drafts?: boolean
  locales?: readonly Locale[]
}

type Doc = Record<string, unknown> & { id: number | string }

export async function checkContent(payload: Payload, options: ContentCheckOptions): Promise<ContentCheck> {
  const reports = new Map<string, DocumentReport>()
  await loadClaimsMatcher()
  for (const collection of checkedCollections) {
    for (const locale of options.locales ?? allLocales) {
      const published = await readDocuments(payload, collection, locale, 'published')
      const latest = options.drafts ? await readDocuments(payload, collection, locale, 'draft') : []
      for (const { doc, findings } of findingsOf(payload, collection, locale, published, latest)) {
        const report = reportFor(reports, payload, collection, doc, options.siteUrl)
        if (!report.title) report.title = titleOf(payload, collection, doc)
        report.findings.push(...findings)
      }
    }
  }
  const documents = [...reports.values()]
  return {
    documents: documents.filter((report) => report.findings.length > 0),
    checkedDocuments: documents.length,
    drafts: Boolean(options.drafts),
  }
}

/**
 * One locale of a collection without fallback, so a translation that does not exist is not
 * checked as the Japanese text. Published: the published version, and only where it is published
 * (for episodes that is per locale). Draft: each document's latest version, whatever its status.
 * Staff tool: access control is bypassed, the published filter is explicit.
 */
async function readDocuments(
  payload: Payload,
  collection: CheckedCollection,
  locale: Locale,
  version: 'published' | 'draft',
): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    draft: version === 'draft',
    where: version === 'published' ? { _status: { equals: 'published' } } : undefined,
    depth: 0,
    pagination: false,
  })
  return docs as unknown as Doc[]
}

/**
 * Findings per document. A draft's findings are those the published version does not already
 * have, so a phrase that is live is reported once, as published.
 */
function findingsOf(
  payload: Payload,
  collection: CheckedCollection,
  locale: Locale,
  published: Doc[],
  latest: Doc[],
): { doc: Doc; findings: ContentFinding[] }[] {
  const fields = payload.collections[collection].config.fields
  const live = new Map(published.map((doc) => [doc.id, checkDocument(fields, doc, locale)]))
  const results: { doc: Doc; findings: ContentFinding[] }[] = published.map((doc) => ({
    doc,
    findings: live
      .get(doc.id)!
      .map((finding) => ({ ...finding, status: 'published' as const, approved: covers(doc, finding) })),
  }))
  for (const doc of latest) {
    const known = new Set((live.get(doc.id) ?? []).map(identity))
    const findings = checkDocument(fields, doc, locale)
      .filter((finding) => !known.has(identity(finding)))
      .map((finding) => ({ ...finding, status: 'draft' as const, approved: covers(doc, finding) }))
    results.push({ doc, findings })
  }
  return results
}

function covers(doc: Doc, finding: DocumentFinding): boolean {
  const override = doc.claimsOverride as { covers?: unknown } | undefined
  return Array.isArray(override?.covers) && override.covers.includes(findingFingerprint(finding))
}

function identity(finding: DocumentFinding): string {
  return JSON.stringify([finding.field, finding.ruleId, finding.match, finding.sentence])
}

function reportFor(
  reports: Map<string, DocumentReport>,
  payload: Payload,
  collection: CheckedCollection,
  doc: Doc,
  siteUrl: string,
): DocumentReport {
  const key = `${collection}/${doc.id}`
  let report = reports.get(key)
  if (!report) {
    report = { collection, id: doc.id, title: '', adminUrl: adminUrl(payload, siteUrl, key), findings: [] }
    reports.set(key, report)
  }
  return report
}

function adminUrl(payload: Payload, siteUrl: string, documentPath: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${payload.config.routes.admin}/collections/${documentPath}`
}

/** The collection's useAsTitle in the first locale that has it. */
function titleOf(payload: Payload, collection: CheckedCollection, doc: Doc): string {
  const field = payload.collections[collection].config.admin.useAsTitle
  const value = field ? doc[field] : undefined
  return typeof value === 'string' ? value.trim() : ''
}
