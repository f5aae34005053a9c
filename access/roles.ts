/**
 * Who may do what, as small named predicates reused by every collection. The whole access
 * matrix reads from this one file:
 *   admin     everything, including users and the site disclaimer
 *   editor    episodes, series, therapy categories, media, topic/podcast disclaimers; may publish
 *   glossary  glossary terms only; read-only elsewhere in the admin
 *   consultation  consultation inquiries only (read, status and note); sees nothing else in the admin
 *   anonymous published documents only; never an inquiry
 * Drafts and versions of a collection are read only by the people who may edit it: glossary staff
 * never see an episode draft, editors never see a glossary draft (plugins/drafts-for-editors-only.ts
 * makes `?draft=true` mean nothing to everyone else).
 * Inquiries (readers' personal information) are read and answered by admins and consultation staff
 * only; nobody creates one through the API (the form's endpoint does, after its checks), and only
 * admins (and the retention job) delete them.
 */
import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { publicMediaField } from '@/lib/media/public-media'

export const roles = ['admin', 'editor', 'glossary', 'consultation'] as const
export type Role = (typeof roles)[number]

/** The people who write or check the column; consultation staff answer readers and are not among them. */
const editorialRoles: Role[] = ['admin', 'editor', 'glossary']

function hasRole(req: PayloadRequest, ...allowed: Role[]): boolean {
  const role = (req.user as { role?: Role } | null)?.role
  return role !== undefined && allowed.includes(role)
}

const published: Where = { _status: { equals: 'published' } }

export const anyone: Access = () => true
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
/** Editorial data (review dates, translation status, claims overrides): staff only, never readers. */
export const isStaffField: FieldAccess = ({ req }) => hasRole(req, ...editorialRoles)
/**
 * Whoever writes in a collection the claims guard reads (plugins/claims-guard): may ask the server
 * to check a form's text. It reads nothing stored, so no per-collection rule is needed.
 */
export const canCheckClaims: Access = ({ req }) => hasRole(req, ...editorialRoles)

/** Consultation inquiries: read and answered (status, note) by admins and consultation staff. */
export const canAnswerInquiries: Access = ({ req }) => hasRole(req, 'admin', 'consultation')
/** Readers send inquiries through the form's endpoint only, which creates them past access after its checks. */
export const nobody: Access = () => false
/** Whether the signed-in person answers consultations only: the admin shows them inquiries and nothing else. */
export function isConsultationStaff(user: unknown): boolean {
  return (user as { role?: Role } | null)?.role === 'consultation'
}

/** Episodes, series, therapy categories and media. */
export const canEditColumn: Access = ({ req }) => hasRole(req, 'admin', 'editor')

export const canEditGlossary: Access = ({ req }) => hasRole(req, 'admin', 'glossary')

/**
 * Readers see published documents; whoever may edit the collection also sees its drafts (all of
 * them, or those their edit rule allows).
 */
function publishedOrEditableBy(canEdit: Access): Access {
  return async (args) => {
    const editable = await canEdit(args)
    if (editable === true) return true
    if (editable === false) return published
    return { or: [published, editable] }
  }
}

/** Admins manage every disclaimer; editors only topic and podcast ones, never the site one. */
export const canEditDisclaimer: Access = ({ req, data }) => {
  if (hasRole(req, 'admin')) return true
  if (!hasRole(req, 'editor')) return false
  if (data && (data as { kind?: string }).kind === 'site') return false
  return { kind: { not_equals: 'site' } }
}

/** The same rule over a disclaimer's versions, whose fields sit under `version`. */
export const canReadDisclaimerVersions: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (!hasRole(req, 'editor')) return false
  return { 'version.kind': { not_equals: 'site' } }
}

/**
 * Uploaded files: readers get those that published content uses (plugins/media-follows-publication.ts
 * keeps the flag); editorial staff get every file, including those of drafts.
 */
export const publishedMediaOrStaff: Access = ({ req }) =>
  hasRole(req, ...editorialRoles) ? true : { [publicMediaField]: { equals: true } }

/** Admins see every account; everyone else only their own. Emails are never public. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const roleLabels: Record<Role, { ja: string; en: string }> = {
  admin: { ja: '管理者', en: 'Administrator' },
  editor: { ja: '編集者', en: 'Editor' },
  glossary: { ja: '用語集担当', en: 'Glossary staff' },
  consultation: { ja: '相談対応', en: 'Consultation staff' },
}

/**
 * The access of a collection with drafts, from who may edit it: readers see its published
 * documents, its editors also its drafts and versions.
 */
export function draftDocumentAccess(canEdit: Access, canReadVersions: Access = canEdit) {
  return {
    read: publishedOrEditableBy(canEdit),
    readVersions: canReadVersions,
    create: canEdit,
    update: canEdit,
    delete: canEdit,
  }
}
