/**
 * Inquiries are kept for INQUIRY_RETENTION_DAYS (default 180) after they arrive, then deleted by a
 * daily job: personal information is held no longer than answering needs (docs/consultation.md).
 * Deleted for good (the collection has no trash and no versions), in batches, so one run over a
 * large backlog never holds a transaction over every row.
 */
import type { CollectionSlug, Payload } from 'payload'

import { env } from '@/lib/env'

const DAY_MS = 24 * 60 * 60 * 1000

/** Inquiries that arrived before this instant are past their retention. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new RangeError(`retention must be a whole number of days, at least 1 (was ${retentionDays})`)
  }
  return new Date(now.getTime() - retentionDays * DAY_MS)
}

export interface RetentionRun {
  cutoff: Date
  deleted: number
}

export interface RetentionOptions {
  /** The inquiries' collection. */
  collection: CollectionSlug
  retentionDays?: number
  now?: Date
  /** Documents deleted per batch. */
  batchSize?: number
}

/** Deletes every inquiry older than the retention period; answers how many went. */
export async function deleteExpiredInquiries(
  payload: Pick<Payload, 'find' | 'delete'>,
  { collection, retentionDays = env.INQUIRY_RETENTION_DAYS, now = new Date(), batchSize = 100 }: RetentionOptions,
): Promise<RetentionRun> {
  const cutoff = retentionCutoff(now, retentionDays)
  const expired = { createdAt: { less_than: cutoff.toISOString() } }
  let deleted = 0
  for (;;) {
    const batch = await payload.find({
      collection,
      where: expired,
      limit: batchSize,
      depth: 0,
      overrideAccess: true,
      select: { createdAt: true },
    })
    if (batch.docs.length === 0) break
    const ids = batch.docs.map((document) => document.id)
    const result = await payload.delete({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      overrideAccess: true,
    })
    if (result.errors.length > 0) {
      throw new Error(
        `deleting expired inquiries failed for ${result.errors.length} of ${ids.length}: ${result.errors[0]!.message}`,
      )
    }
    deleted += result.docs.length
    if (result.docs.length === 0 || batch.docs.length < batchSize) break
  }
  return { cutoff, deleted }
}
