/**
 * While an editor has a document open in the admin, Payload holds a lock on it, and a REST update
 * or delete by anyone else is refused with 423. Payload's GraphQL mutations run the same
 * operations without asking for the lock check (`overrideLock` defaults to true outside REST), so a
 * second editor could overwrite a locked document through /api/graphql without a word, and remove
 * the lock as well. This plugin asks for the check on GraphQL updates and deletes of every
 * lockable collection and global. GraphQL offers no take-over; the admin's "take over" still works.
 */
import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook, PayloadRequest, Plugin } from 'payload'

type LockableArgs = { overrideLock?: boolean } | undefined

function checkingTheLock<T extends LockableArgs>(args: T, operation: string, req: PayloadRequest): T {
  if (req.payloadAPI !== 'GraphQL' || (operation !== 'update' && operation !== 'delete') || !args) return args
  return { ...args, overrideLock: args.overrideLock ?? false }
}

const collectionHook: CollectionBeforeOperationHook = ({ args, operation, req }) =>
  checkingTheLock(args as LockableArgs, operation, req) as typeof args

const globalHook: GlobalBeforeOperationHook = ({ args, operation, req }) =>
  checkingTheLock(args as LockableArgs, operation, req)

export const graphqlRespectsDocumentLocks: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.lockDocuments === false
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [...(collection.hooks?.beforeOperation ?? []), collectionHook],
          },
        },
  ),
  globals: config.globals?.map((global) =>
    global.lockDocuments === false
      ? global
      : {
          ...global,
          hooks: { ...global.hooks, beforeOperation: [...(global.hooks?.beforeOperation ?? []), globalHook] },
        },
  ),
})
