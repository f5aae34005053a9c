/**
 * Who may do what, as small named predicates reused by every collection. The whole access
 * matrix reads from this one file:
 *   admin     everything, including users and the site disclaimer
 *   editor    episodes, series, therapy categories, media, topic/podcast disclaimers; may publish
 *   glossary  glossary terms only; read-only elsewhere in the admin
 *   anonymous published documents only
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

export const roles = ['admin', 'editor', 'glossary'] as const
export type Role = (typeof roles)[number]

function hasRole(req: PayloadRequest, ...allowed: Role[]): boolean {
  const role = (req.user as { role?: Role } | null)?.role
  return role !== undefined && allowed.includes(role)
}

const published: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true
export const isSignedIn: Access = ({ req }) => Boolean(req.user)
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')

/** Episodes, series, therapy categories and media. */
export const canEditColumn: Access = ({ req }) => hasRole(req, 'admin', 'editor')

export const canEditGlossary: Access = ({ req }) => hasRole(req, 'admin', 'glossary')

/** Readers see published documents; anyone signed in to the admin also sees drafts. */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : published)

/** Admins manage every disclaimer; editors only topic and podcast ones, never the site one. */
export const canEditDisclaimer: Access = ({ req, data }) => {
  if (hasRole(req, 'admin')) return true
  if (!hasRole(req, 'editor')) return false
  if (data && (data as { kind?: string }).kind === 'site') return false
  return { kind: { not_equals: 'site' } }
}

/** Admins see every account; everyone else only their own. Emails are never public. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const roleLabels: Record<Role, { ja: string; en: string }> = {
  admin: { ja: '管理者', en: 'Administrator' },
  editor: { ja: '編集者', en: 'Editor' },
  glossary: { ja: '用語集担当', en: 'Glossary staff' },
}

/** The access of a column document with drafts: readers see it published, column staff edit it. */
export const columnDocumentAccess = {
  read: publishedOrSignedIn,
  create: canEditColumn,
  update: canEditColumn,
  delete: canEditColumn,
}
