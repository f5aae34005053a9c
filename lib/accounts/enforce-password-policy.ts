/**
 * The password policy (lib/accounts/password-policy.ts) on every way a password is set. An auth
 * collection's password is not a field whose `validate` Payload runs, and the reset-password
 * operation hashes it before any change hook, so this runs before the operation: create (the
 * first-user form, the admin, REST, GraphQL, the Local API), update (one's own account, an admin
 * changing someone else's) and resetPassword. A refusal is a 400 with the message on `password`,
 * in the request's language, before anything is written.
 */
import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import { translate } from '@/lib/payload/validation-error'

import { minimumPasswordLength, passwordProblem, type PersonalDetails } from './password-policy'

interface OperationArguments {
  data?: { password?: unknown; token?: unknown; email?: unknown; name?: unknown }
  id?: number | string
  where?: Where
}

export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { data, id, where } = args as OperationArguments
  const password = data?.password
  if (typeof password !== 'string' || password === '') return args
  const accounts = await accountsReceivingPassword(req, collection.slug, operation, { data, id, where })
  for (const account of accounts) {
    const personal = {
      email: typeof data?.email === 'string' ? data.email : account.email,
      name: typeof data?.name === 'string' ? data.name : account.name,
    }
    const problem = passwordProblem(password, personal)
    if (problem) {
      const message = translate(req, `column:${problem}`, { minimum: String(minimumPasswordLength) })
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message }] }, req.t)
    }
  }
  return args
}

/** Who the password is for, as stored now: nobody yet on create, the token's owner on reset. */
async function accountsReceivingPassword(
  req: PayloadRequest,
  collection: CollectionSlug,
  operation: string,
  { data, id, where }: OperationArguments,
): Promise<PersonalDetails[]> {
  if (operation === 'create') return [{}]
  if (operation === 'resetPassword') {
    if (typeof data?.token !== 'string') return [{}]
    // As Payload's own operation looks it up; an unknown token is refused by Payload after this.
    const owner = await req.payload.db.findOne<PersonalDetails & { id: number }>({
      collection,
      req,
      where: { resetPasswordToken: { equals: data.token } },
    })
    return [owner ?? {}]
  }
  if (operation !== 'update') return []
  const { docs } = await req.payload.find({
    collection,
    where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
    overrideAccess: true,
    depth: 0,
    pagination: false,
    req,
  })
  return docs.length > 0 ? (docs as PersonalDetails[]) : [{}]
}
