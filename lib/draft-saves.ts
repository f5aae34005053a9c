/**
 * Whether a create or update saves a draft (an autosave, or "Save draft") rather than changing
 * what readers see. Only the operation knows (`draft: true` with a status other than published),
 * so a `beforeOperation` hook notes it for the request and later hooks read it. Kept per request
 * object rather than in `req.context`, which Local API calls made with `req` reset.
 */
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const savingDraft = new WeakMap<PayloadRequest, boolean>()

export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const { draft, data } = args as { draft?: boolean; data?: { _status?: string | null } }
    savingDraft.set(req, Boolean(draft) && data?._status !== 'published')
  }
  return args
}

/** True inside the hooks of a draft save; `noteDraftSave` must be among the collection's beforeOperation hooks. */
export function isDraftSave(req: PayloadRequest): boolean {
  return savingDraft.get(req) ?? false
}
