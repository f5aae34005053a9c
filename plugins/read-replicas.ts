/**
 * Reader queries on read replicas, everything else on the primary (lib/database/read-replicas.ts).
 * The Postgres adapter gets the replicas' URLs in payload.config.ts; this plugin narrows where
 * they are used once Payload has connected.
 */
import type { Plugin } from 'payload'

import { readFromReplicasForReadersOnly } from '@/lib/database/read-replicas'

export const readReplicasForReaders: Plugin = (config) => ({
  ...config,
  onInit: async (payload) => {
    readFromReplicasForReadersOnly(payload.db as unknown as Parameters<typeof readFromReplicasForReadersOnly>[0])
    await config.onInit?.(payload)
  },
})
