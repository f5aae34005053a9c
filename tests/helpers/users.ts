/** Accounts for each role, signed in through the REST login endpoint. */
import type { Payload } from 'payload'

import type { Role } from '@/access/roles'

import { rest } from './payload'

export type Actor = Role | 'anonymous'
export const actors: Actor[] = ['anonymous', 'glossary', 'editor', 'admin']

const PASSWORD = 'correct horse battery staple'
const tokens = new Map<string, string>()

/** Each role has one account named after it; `name` gives a role a second one (two editors at once). */
export function emailFor(role: Role, name: string = role): string {
  return `${name}@access.example`
}

export async function ensureUser(payload: Payload, role: Role, name: string = role): Promise<number> {
  const email = emailFor(role, name)
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (docs[0]) return docs[0].id
  const created = await payload.create({ collection: 'users', data: { email, password: PASSWORD, role, name } })
  return created.id
}

/** A JWT for the role's account (or its account called `name`), or undefined for an anonymous reader. */
export async function tokenFor(payload: Payload, actor: Actor, name: string = actor): Promise<string | undefined> {
  if (actor === 'anonymous') return undefined
  const cached = tokens.get(name)
  if (cached) return cached
  await ensureUser(payload, actor, name)
  const response = await rest('POST', '/users/login', { body: { email: emailFor(actor, name), password: PASSWORD } })
  if (response.status !== 200) throw new Error(`login as ${name} failed: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  tokens.set(name, token)
  return token
}
