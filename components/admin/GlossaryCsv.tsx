/**
 * Above the glossary list: export every term as CSV, and import a file (components/admin/
 * GlossaryCsvImport.tsx), for those who edit the glossary; the endpoints refuse everyone else too
 * (collections/GlossaryTerms/endpoints/csv.ts).
 */
import type { ServerProps } from 'payload'

import { roles, type Role } from '@/access/roles'

import { GlossaryCsvImport } from './GlossaryCsvImport'

const glossaryEditors: Role[] = roles.filter((role) => role === 'admin' || role === 'glossary')

export function GlossaryCsv({ user, payload }: ServerProps) {
  const role = (user as { role?: Role } | null | undefined)?.role
  if (!role || !glossaryEditors.includes(role)) return null
  return <GlossaryCsvImport endpoint={`${payload.config.routes.api}/glossary-terms/csv`} />
}
