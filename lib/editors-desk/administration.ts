/** The administrators' and consultation staff's lists: people, the site disclaimer, new consultations. */
import type { Role } from '@/access/roles'

import { DESK_LIST_LIMIT, titleOf, type DeskItem, type DeskReader } from './types'

/** Every account with its role, by name (as many as the list shows; the Users list has the rest). */
export async function listUsers(reader: DeskReader): Promise<DeskItem[]> {
  const { docs } = await reader.payload.find({
    collection: 'users',
    user: reader.user,
    overrideAccess: false,
    depth: 0,
    limit: DESK_LIST_LIMIT * 5,
    sort: 'name',
    select: { name: true, email: true, role: true },
  })
  return docs.map((account) => ({
    collection: 'users',
    id: account.id,
    title: titleOf(account.name || account.email, account.id),
    notes: [{ kind: 'role', role: account.role as Role }],
  }))
}

/** The site disclaimer readers see now, with its period. */
export async function listActiveSiteDisclaimer(reader: DeskReader): Promise<DeskItem[]> {
  const moment = reader.now.toISOString()
  const { docs } = await reader.payload.find({
    collection: 'disclaimers',
    user: reader.user,
    overrideAccess: false,
    locale: reader.language,
    depth: 0,
    limit: 1,
    sort: '-activeFrom',
    select: { versionLabel: true, activeFrom: true, activeUntil: true },
    where: {
      and: [
        { kind: { equals: 'site' } },
        { _status: { equals: 'published' } },
        { activeFrom: { less_than_equal: moment } },
        { or: [{ activeUntil: { exists: false } }, { activeUntil: { greater_than: moment } }] },
      ],
    },
  })
  return docs.map((disclaimer) => ({
    collection: 'disclaimers',
    id: disclaimer.id,
    title: titleOf(disclaimer.versionLabel, disclaimer.id),
    at: disclaimer.activeFrom,
    notes: [{ kind: 'until', at: disclaimer.activeUntil ?? null }],
  }))
}

/** Consultation requests nobody has answered yet, the newest first. */
export async function listNewInquiries(reader: DeskReader): Promise<DeskItem[]> {
  const { docs } = await reader.payload.find({
    collection: 'inquiries',
    user: reader.user,
    overrideAccess: false,
    depth: 0,
    limit: DESK_LIST_LIMIT,
    sort: '-createdAt',
    select: { topicLabel: true, createdAt: true },
    where: { status: { equals: 'new' } },
  })
  return docs.map((inquiry) => ({
    collection: 'inquiries',
    id: inquiry.id,
    title: titleOf(inquiry.topicLabel, inquiry.id),
    at: inquiry.createdAt,
    notes: [],
  }))
}
