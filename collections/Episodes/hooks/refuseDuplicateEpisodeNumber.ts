/**
 * Two episodes cannot share a number in one series. Checked on every save, drafts included,
 * so that a draft cannot claim a number that a published episode already has.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '@/lib/payload/validation-error'

function idOf(value: unknown): number | string | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return (value as number | string | null | undefined) ?? undefined
}

export const refuseDuplicateEpisodeNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const series = idOf(data.series ?? originalDoc?.series)
  const episodeNumber = data.episodeNumber ?? originalDoc?.episodeNumber
  if (series === undefined || typeof episodeNumber !== 'number') return data
  const { totalDocs } = await req.payload.count({
    collection: 'episodes',
    where: {
      and: [
        { series: { equals: series } },
        { episodeNumber: { equals: episodeNumber } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw fieldError(req, collection.slug, 'episodeNumber', 'column:episodeNumberTaken')
  return data
}
