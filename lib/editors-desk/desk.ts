/**
 * Which desk each role gets on the dashboard, and its lists. Every list is read as the person
 * (`overrideAccess: false`), so a desk never shows what the role may not open.
 *   editor        drafts, scheduled publications, reviews due, translations missing, promises to review
 *   glossary      terms incomplete, terms no episode links to, terms changed lately
 *   consultation  new consultations
 *   admin         all of these, plus people and the active site disclaimer
 */
import type { CollectionSlug } from 'payload'

import type { Role } from '@/access/roles'

import { listActiveSiteDisclaimer, listNewInquiries, listUsers } from './administration'
import { listClaimsToReview } from './claims'
import { listMyDrafts, listRecentDrafts } from './drafts'
import { listReviewsDue, listTranslationsMissing } from './episodes'
import { glossaryLists } from './glossary'
import { listScheduledPublications } from './scheduled'
import type { DeskReader, DeskSection, DeskSectionName } from './types'

/** The collections the claims guard reads that editors write in (glossary staff: the glossary). */
const columnCollections: CollectionSlug[] = ['episodes', 'series', 'therapy-categories', 'pages']

const sectionsByRole: Record<Role, DeskSectionName[]> = {
  admin: ['editing', 'glossary', 'administration'],
  editor: ['editing'],
  glossary: ['glossary'],
  consultation: ['consultation'],
}

async function editingSection(reader: DeskReader): Promise<DeskSection> {
  const [myDrafts, recentDrafts, scheduled, reviewsDue, translationsMissing, claimsToReview] = await Promise.all([
    listMyDrafts(reader),
    listRecentDrafts(reader),
    listScheduledPublications(reader),
    listReviewsDue(reader),
    listTranslationsMissing(reader),
    listClaimsToReview(reader, columnCollections),
  ])
  return {
    name: 'editing',
    lists: [
      { name: 'myDrafts', items: myDrafts, show: 'dateTime' },
      { name: 'recentDrafts', items: recentDrafts, show: 'dateTime' },
      { name: 'scheduled', items: scheduled, show: 'dateTime' },
      { name: 'reviewsDue', items: reviewsDue, show: 'date' },
      { name: 'translationsMissing', items: translationsMissing, show: 'date' },
      { name: 'claimsToReview', items: claimsToReview, show: 'date' },
    ],
  }
}

async function glossarySection(reader: DeskReader): Promise<DeskSection> {
  const [lists, claimsToReview] = await Promise.all([
    glossaryLists(reader),
    listClaimsToReview(reader, ['glossary-terms']),
  ])
  return {
    name: 'glossary',
    lists: [
      { name: 'termsIncomplete', items: lists.termsIncomplete, show: 'date' },
      { name: 'termsUnlinked', items: lists.termsUnlinked, show: 'date' },
      { name: 'termsChanged', items: lists.termsChanged, show: 'dateTime' },
      { name: 'claimsToReview', items: claimsToReview, show: 'date' },
    ],
  }
}

async function administrationSection(reader: DeskReader): Promise<DeskSection> {
  const [users, siteDisclaimer, newInquiries] = await Promise.all([
    listUsers(reader),
    listActiveSiteDisclaimer(reader),
    listNewInquiries(reader),
  ])
  return {
    name: 'administration',
    lists: [
      { name: 'newInquiries', items: newInquiries, show: 'dateTime' },
      { name: 'siteDisclaimer', items: siteDisclaimer, show: 'dateTime' },
      { name: 'users', items: users, show: 'date' },
    ],
  }
}

async function consultationSection(reader: DeskReader): Promise<DeskSection> {
  return {
    name: 'consultation',
    lists: [{ name: 'newInquiries', items: await listNewInquiries(reader), show: 'dateTime' }],
  }
}

const sections: Record<DeskSectionName, (reader: DeskReader) => Promise<DeskSection>> = {
  editing: editingSection,
  glossary: glossarySection,
  administration: administrationSection,
  consultation: consultationSection,
}

export function roleOf(user: unknown): Role | undefined {
  return (user as { role?: Role } | null | undefined)?.role
}

/** The desk of the signed-in person: their role's sections, in order; none for an unknown role. */
export async function readDesk(reader: DeskReader): Promise<DeskSection[]> {
  const role = roleOf(reader.user)
  if (!role) return []
  return Promise.all(sectionsByRole[role].map((name) => sections[name](reader)))
}
