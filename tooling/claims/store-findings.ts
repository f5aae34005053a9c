/**
 * `claims:check --store`: stores the claims guard's findings (`claimsReview`) on documents saved
 * before the guard stored them, or after its rules changed, as a save would have: in each locale of
 * each guarded document, on the document (what readers get, or the only copy of a draft) and on its
 * latest version (what the admin's list shows).
 *
 * Written into those rows' claims_review columns directly, not through a save: a save would add a
 * version per locale, run the publish check (refusing content published before a rule existed) and
 * could publish a newer draft. Here nothing but the stored findings changes.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { locales } from '@/lib/i18n/locales'
import { reviewDocument, type ClaimsReview } from '@/plugins/claims-guard/stored-findings'

import { checkedCollections, type CheckedCollection } from './published-content'

export interface StoredFindingsReport {
  /** Document locales whose findings were stored (on the document, its latest version, or both). */
  stored: number
  /** Of those, how many have at least one error finding in their latest version. */
  withErrors: number
}

type Execute = (query: ReturnType<typeof sql>) => Promise<unknown>

/** The PostgreSQL tables of a collection, as the adapter names them (collection slugs in snake case). */
function tablesOf(collection: CheckedCollection) {
  const table = collection.replace(/-/g, '_')
  return {
    locales: sql.identifier(`${table}_locales`),
    versions: sql.identifier(`_${table}_v`),
    versionLocales: sql.identifier(`_${table}_v_locales`),
  }
}

async function readAll(payload: Payload, collection: CheckedCollection, locale: string, latest: boolean) {
  const { docs } = await payload.find({
    collection,
    locale: locale as 'ja',
    fallbackLocale: false,
    overrideAccess: true,
    draft: latest,
    depth: 0,
    pagination: false,
  })
  return docs as unknown as (Record<string, unknown> & { id: number })[]
}

export async function storeFindings(payload: Payload): Promise<StoredFindingsReport> {
  const execute = ((query) =>
    (payload.db as unknown as { drizzle: { execute: Execute } }).drizzle.execute(query)) as Execute
  const report: StoredFindingsReport = { stored: 0, withErrors: 0 }
  for (const collection of checkedCollections) {
    const fields = payload.collections[collection].config.fields
    const tables = tablesOf(collection)
    const columns = (review: ClaimsReview, prefix: string) =>
      sql.join(
        [
          sql`${sql.identifier(`${prefix}claims_review_errors`)} = ${review.errors}`,
          sql`${sql.identifier(`${prefix}claims_review_warnings`)} = ${review.warnings}`,
          sql`${sql.identifier(`${prefix}claims_review_findings`)} = ${JSON.stringify(review.findings)}::jsonb`,
        ],
        sql`, `,
      )
    for (const locale of locales) {
      for (const doc of await readAll(payload, collection, locale, false)) {
        const review = await reviewDocument(fields, doc, locale)
        await execute(
          sql`update ${tables.locales} set ${columns(review, '')} where _parent_id = ${doc.id} and _locale = ${locale}`,
        )
      }
      for (const doc of await readAll(payload, collection, locale, true)) {
        const review = await reviewDocument(fields, doc, locale)
        await execute(
          sql`update ${tables.versionLocales} set ${columns(review, 'version_')}
              where _locale = ${locale}
                and _parent_id in (select id from ${tables.versions} where parent_id = ${doc.id} and latest)`,
        )
        report.stored++
        if (review.errors > 0) report.withErrors++
      }
    }
  }
  return report
}
