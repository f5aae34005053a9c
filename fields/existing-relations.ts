/**
 * A relationship to a document that does not exist is the editor's mistake, not the server's:
 * answer it with a 400 on the field (drafts included) instead of letting the database's foreign
 * key turn it into a 500.
 */
import type { CollectionSlug, Field, FieldHook } from 'payload'

import { relationId } from '@/lib/payload/relation-id'
import { fieldError } from '@/lib/payload/validation-error'

function idsIn(value: unknown): (number | string)[] {
  const values = Array.isArray(value) ? value : value == null ? [] : [value]
  return values.map(relationId).filter((id) => id !== undefined)
}

const refuseMissing =
  (relationTo: CollectionSlug): FieldHook =>
  async ({ value, req, path, collection }) => {
    const ids = [...new Set(idsIn(value))]
    if (ids.length === 0) return value
    const { totalDocs } = await req.payload.count({
      collection: relationTo,
      where: { id: { in: ids } },
      overrideAccess: true,
      req,
    })
    if (totalDocs < ids.length) {
      throw fieldError(req, collection?.slug ?? '', path.join('.'), 'column:relationNotFound')
    }
    return value
  }

/** Adds the check to every single-collection relationship and upload field, inside groups and rows too. */
export function withExistingRelations(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const hooks = field.hooks ?? {}
      return {
        ...field,
        hooks: { ...hooks, beforeValidate: [...(hooks.beforeValidate ?? []), refuseMissing(field.relationTo)] },
      } as Field
    }
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: withExistingRelations(field.fields) } as Field
    }
    return field
  })
}
