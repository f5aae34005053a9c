/**
 * Read replicas for the reader site (DATABASE_REPLICA_URLS). Payload's Postgres adapter, given
 * `readReplicas`, sends every read to a replica except inside a transaction and for two seconds
 * after a write in this process. The column wants less than that: only the reader data layer
 * (lib/content) reads from replicas; the admin, the REST and GraphQL APIs, hooks and jobs read
 * from the primary, so an editor never sees a save undone by replication lag.
 *
 * So the adapter's handle is swapped for one that chooses per call: inside `readingFromReplicas`
 * (which `readerPayload()` puts around every Local API call it makes) the adapter's own
 * replica-routing handle, elsewhere the primary. The scope is an AsyncLocalStorage kept on
 * globalThis: Next bundles the Payload config and the reader pages separately, and both must see
 * the same one.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { Payload } from 'payload'

const scopeKey = Symbol.for('the-column.read-replica-scope')
const readerScope: AsyncLocalStorage<true> = ((globalThis as Record<symbol, unknown>)[scopeKey] ??=
  new AsyncLocalStorage<true>()) as AsyncLocalStorage<true>

/** Runs `read` with its database reads on the replicas (when there are any). */
export function readingFromReplicas<T>(read: () => T): T {
  return readerScope.run(true, read)
}

export function insideReaderScope(): boolean {
  return readerScope.getStore() === true
}

type ReplicatedAdapter = { drizzle: object; primaryDrizzle?: object; replicaRouting?: boolean }

/**
 * Called once Payload has connected (plugins/read-replicas.ts): from then on the adapter reads
 * from replicas only inside the reader scope. Without replicas, nothing changes.
 */
export function readFromReplicasForReadersOnly(adapter: ReplicatedAdapter): void {
  const primary = adapter.primaryDrizzle
  if (!primary || adapter.replicaRouting) return
  const replicated = adapter.drizzle
  adapter.drizzle = new Proxy(replicated, {
    get(_target, property) {
      const handle = insideReaderScope() ? replicated : primary
      const value: unknown = Reflect.get(handle, property)
      return typeof value === 'function' ? value.bind(handle) : value
    },
  })
  adapter.replicaRouting = true
}

/** A preview: a draft read as the signed-in staff member, who must see their last save. */
function isPreviewRead(options: unknown): boolean {
  const given = options as { draft?: unknown; user?: unknown } | null | undefined
  return given?.draft === true || Boolean(given?.user)
}

/**
 * `payload` whose methods run in the reader scope: the reader data layer's handle. A preview's
 * reads (draft, as a user) stay on the primary.
 */
export function onReplicas(payload: Payload): Payload {
  return new Proxy(payload, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) =>
        isPreviewRead(args[0])
          ? (value as (...a: unknown[]) => unknown).apply(target, args)
          : readingFromReplicas(() => (value as (...a: unknown[]) => unknown).apply(target, args))
    },
  })
}
