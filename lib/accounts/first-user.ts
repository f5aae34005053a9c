/**
 * The first account on a fresh database. In development the admin's form creates it; in
 * production a fresh site would be open to whoever reaches /admin first, so there the first
 * administrator is created on the server (`npm run create-admin`, tooling/accounts/create-admin.ts),
 * and Payload's first-register endpoint refuses with a message saying so.
 */
import { APIError, type CollectionBeforeChangeHook, type Endpoint } from 'payload'

import { translate } from '@/lib/payload/validation-error'

/** The first account on a fresh database must be able to do everything. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

/** A 403 that says what to do; routine, so logged at info level (payload.config.ts). */
export class FirstUserByCommandLineError extends APIError {
  override name = 'FirstUserByCommandLineError'
  constructor(message: string) {
    super(message, 403, undefined, true)
  }
}

/** Takes the place of Payload's POST /api/users/first-register (collection endpoints come first). */
export const firstRegisterByCommandLineOnly: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) => {
    throw new FirstUserByCommandLineError(translate(req, 'column:firstUserByCommandLine'))
  },
}
