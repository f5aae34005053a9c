/**
 * Consultation staff answer readers' inquiries and do nothing else in the admin: every other
 * collection and global is hidden from them (their access rules already keep them to what a
 * reader may read; this keeps the admin's navigation and dashboard to their work). Applied to
 * whatever the config lists, so a collection added later is hidden from them too.
 */
import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import { isConsultationStaff } from '@/access/roles'

/** The collections consultation staff work in: the inquiries, and their own account (reached from the avatar menu). */
const theirs = new Set(['inquiries'])

/** The admin's `hidden` option, as collections and globals both take it. */
type Hidden = boolean | ((args: { user: never }) => boolean)

function hiddenFromConsultationStaff<Rule extends Hidden>(hidden: Rule | undefined): Rule {
  const rule = (args: { user: unknown }) =>
    isConsultationStaff(args.user) ||
    (typeof hidden === 'function' ? (hidden as (args: unknown) => boolean)(args) : hidden === true)
  return rule as unknown as Rule
}

export const consultationStaffSeeInquiriesOnly: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection): CollectionConfig =>
    theirs.has(collection.slug)
      ? collection
      : {
          ...collection,
          admin: { ...collection.admin, hidden: hiddenFromConsultationStaff(collection.admin?.hidden) },
        },
  ),
  globals: config.globals?.map((global): GlobalConfig => ({
    ...global,
    admin: { ...global.admin, hidden: hiddenFromConsultationStaff(global.admin?.hidden) },
  })),
})
