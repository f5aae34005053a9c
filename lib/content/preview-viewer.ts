/**
 * Who is looking at a draft preview. Outside draft mode, nobody: reader queries stay anonymous.
 * In draft mode, the signed-in staff member from the admin's cookie, whose own access rules
 * then decide what drafts they may see.
 */
import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { readerPayload } from './payload-client'

export async function previewViewer(): Promise<TypedUser | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await readerPayload()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
}

/**
 * Query options for reading as `viewer`: the latest draft under their access rules when there
 * is one (a preview), the published version otherwise. `overrideAccess: false` either way.
 */
export function readAs(viewer: TypedUser | null | undefined) {
  return viewer ? { overrideAccess: false, draft: true, user: viewer } : { overrideAccess: false, draft: false }
}
