/**
 * Two episodes cannot share a number in one series. Checked on every save, drafts included,
 * so that a draft cannot claim a number that a published episode already has.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/payload/relation-id'
import { fieldError } from '@/lib/payload/validation-error'

export const refuseDuplicateEpisodeNumber: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const series = relationId(data.series ?? originalDoc?.series)
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
