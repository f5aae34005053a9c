/**
 * The dashboard's desks (lib/editors-desk/) on a real database: episodes generated in every state
 * (draft, published, published then edited, scheduled) crossed with every state of their English
 * (missing, incomplete, complete), saved by two editors, with review dates past, within 30 days,
 * later and none; glossary terms missing each part; consultations new and answered. Each list
 * holds exactly what its rule says, and each role's desk shows only its lists and only what the
 * role may open.
 */
import type { Payload, TypedUser } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { readDesk } from '@/lib/editors-desk/desk'
import { listActiveSiteDisclaimer, listNewInquiries, listUsers } from '@/lib/editors-desk/administration'
import { listClaimsToReview } from '@/lib/editors-desk/claims'
import { listMyDrafts, listRecentDrafts } from '@/lib/editors-desk/drafts'
import { listReviewsDue, listTranslationsMissing } from '@/lib/editors-desk/episodes'
import { glossaryLists } from '@/lib/editors-desk/glossary'
import { listScheduledPublications } from '@/lib/editors-desk/scheduled'
import { DESK_LIST_LIMIT, type DeskItem, type DeskReader } from '@/lib/editors-desk/types'
import type { Episode, GlossaryTerm } from '@/payload-types'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

import {
  createSeries,
  englishEpisodeData,
  japaneseEpisodeData,
  publishSiteDisclaimer,
  unique,
} from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { ensureUser } from '../helpers/users'

const DAY = 24 * 60 * 60 * 1000
const now = new Date()

const japaneseStates = ['draft', 'published', 'edited', 'scheduled'] as const
const englishStates = ['missing', 'incomplete', 'complete'] as const
const reviewClasses = ['none', 'past', 'within30', 'later'] as const

interface Case {
  japanese: (typeof japaneseStates)[number]
  english: (typeof englishStates)[number]
  review: (typeof reviewClasses)[number]
  savedBy: 'editor' | 'other'
  episode: Episode
}

let payload: Payload
const users = {} as Record<Role | 'other', TypedUser>
const cases: Case[] = []
const scheduledAt = new Map<number, string>()

function readerFor(who: keyof typeof users, language: 'ja' | 'en' = 'ja'): DeskReader {
  return { payload, user: users[who], now, language }
}

const reviewDate: Record<Case['review'], string | undefined> = {
  none: undefined,
  past: new Date(now.getTime() - 3 * DAY).toISOString(),
  within30: new Date(now.getTime() + 20 * DAY).toISOString(),
  later: new Date(now.getTime() + 60 * DAY).toISOString(),
}

async function createCase(spec: Omit<Case, 'episode'>, series: number, episodeNumber: number): Promise<Case> {
  const user = spec.savedBy === 'editor' ? users.editor : users.other
  const as = { user, overrideAccess: false } as const
  const publishJapanese = spec.japanese === 'published' || spec.japanese === 'edited'
  let episode = await payload.create({
    collection: 'episodes',
    locale: 'ja',
    ...as,
    data: {
      ...japaneseEpisodeData(series, episodeNumber),
      nextReviewDue: reviewDate[spec.review],
      _status: publishJapanese ? 'published' : 'draft',
    },
  })
  if (spec.japanese === 'edited') {
    episode = await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'ja',
      draft: true,
      ...as,
      data: { title: `${episode.title}(改訂中)`, _status: 'draft' },
    })
  }
  if (spec.english !== 'missing') {
    const publishEnglish = spec.english === 'complete' && spec.japanese === 'published'
    episode = await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'en',
      draft: !publishEnglish,
      ...as,
      data: {
        ...(spec.english === 'complete' ? englishEpisodeData : { title: englishEpisodeData.title }),
        _status: publishEnglish ? 'published' : 'draft',
      },
    })
  }
  if (spec.japanese === 'scheduled') {
    const at = new Date(now.getTime() + (episodeNumber + 1) * 60 * 60 * 1000).toISOString()
    scheduledAt.set(episode.id, at)
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(at),
      input: { type: 'publish', locale: 'ja', doc: { relationTo: 'episodes', value: episode.id } },
    })
  }
  return { ...spec, episode }
}

/** The latest `updatedAt` of each episode, as the desk reads it (its newest version). */
async function updatedAtById(): Promise<Map<number, string>> {
  const { docs } = await payload.find({ collection: 'episodes', draft: true, pagination: false, depth: 0 })
  return new Map(docs.map((doc) => [doc.id, doc.updatedAt]))
}

/** The locales an episode has an unpublished draft in, by how it was generated. */
function draftLocales(c: Case): ('ja' | 'en')[] {
  const japanese = c.japanese !== 'published'
  const english = c.english !== 'missing' && !(c.english === 'complete' && c.japanese === 'published')
  return [...(japanese ? (['ja'] as const) : []), ...(english ? (['en'] as const) : [])]
}

const ids = (items: DeskItem[]) => items.map((item) => item.id)

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['admin', 'editor', 'glossary', 'consultation'] as const) {
    const id = await ensureUser(payload, role)
    users[role] = { ...(await payload.findByID({ collection: 'users', id })), collection: 'users' }
  }
  const otherId = await ensureUser(payload, 'editor', 'other-editor')
  users.other = { ...(await payload.findByID({ collection: 'users', id: otherId })), collection: 'users' }

  const series = await createSeries(payload)
  let index = 0
  for (const japanese of japaneseStates) {
    for (const english of englishStates) {
      const spec = {
        japanese,
        english,
        review: reviewClasses[index % reviewClasses.length]!,
        savedBy: index % 2 === 0 ? ('editor' as const) : ('other' as const),
      }
      cases.push(await createCase(spec, series.id, index + 1))
      index++
    }
  }
  // Jobs that must not be listed: one that ran, one that failed.
  const done = cases.find((c) => c.japanese === 'published')!.episode
  for (const finished of [{ completedAt: now.toISOString() }, { hasError: true }]) {
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: new Date(now.getTime() + DAY),
      input: { type: 'publish', locale: 'ja', doc: { relationTo: 'episodes', value: done.id } },
    })
    await payload.update({ collection: 'payload-jobs', id: job.id, data: finished })
  }
}, 300_000)

describe('the editing lists', () => {
  it('"my drafts" lists the drafts I saved last, with the locales they are drafts in, and nobody else’s', async () => {
    const mine = await listMyDrafts(readerFor('editor'))
    const expected = cases.filter((c) => c.savedBy === 'editor' && draftLocales(c).length > 0)
    expect(expected.length).toBeLessThanOrEqual(DESK_LIST_LIMIT)
    expect(new Set(ids(mine))).toEqual(new Set(expected.map((c) => c.episode.id)))
    for (const c of expected) {
      const item = mine.find((entry) => entry.id === c.episode.id)!
      expect(item.notes, `${c.japanese}/${c.english}`).toEqual([{ kind: 'locales', locales: draftLocales(c) }])
      expect(item.collection).toBe('episodes')
    }
  })

  it('"recent drafts" lists every editor’s drafts, the most recently saved first', async () => {
    const recent = await listRecentDrafts(readerFor('editor'))
    const updatedAt = await updatedAtById()
    const expected = cases
      .filter((c) => draftLocales(c).length > 0)
      .map((c) => c.episode.id)
      .sort((a, b) => updatedAt.get(b)!.localeCompare(updatedAt.get(a)!))
      .slice(0, DESK_LIST_LIMIT)
    expect(ids(recent)).toEqual(expected)
  })

  it('lists the pending scheduled publications, soonest first, with their time, not the jobs that ran or failed', async () => {
    const scheduled = await listScheduledPublications(readerFor('editor'))
    const expected = cases
      .filter((c) => c.japanese === 'scheduled')
      .map((c) => c.episode.id)
      .sort((a, b) => scheduledAt.get(a)!.localeCompare(scheduledAt.get(b)!))
    expect(ids(scheduled).map(Number)).toEqual(expected)
    for (const item of scheduled) {
      expect(new Date(item.at!).toISOString()).toBe(scheduledAt.get(Number(item.id)))
      expect(item.notes).toEqual([{ kind: 'scheduled', action: 'publish', locale: 'ja' }])
    }
  })

  it('lists the reviews past due or due within 30 days, the most urgent first, and marks the overdue ones', async () => {
    const due = await listReviewsDue(readerFor('editor'))
    const expected = cases.filter((c) => c.review === 'past' || c.review === 'within30')
    expect(new Set(ids(due))).toEqual(new Set(expected.map((c) => c.episode.id)))
    const dates = due.map((item) => item.at!)
    expect(dates).toEqual([...dates].sort())
    for (const c of expected) {
      const item = due.find((entry) => entry.id === c.episode.id)!
      expect(item.notes).toEqual(c.review === 'past' ? [{ kind: 'overdue' }] : [])
    }
  })

  it('lists the episodes whose English is missing or incomplete, saying which', async () => {
    const missing = await listTranslationsMissing(readerFor('editor'))
    const expected = cases.filter((c) => c.english !== 'complete')
    expect(new Set(ids(missing))).toEqual(new Set(expected.map((c) => c.episode.id)))
    for (const c of expected) {
      const item = missing.find((entry) => entry.id === c.episode.id)!
      expect(item.notes).toEqual([{ kind: 'translation', locale: 'en', state: c.english }])
    }
  })

  it('lists the documents whose stored claims findings have errors, per locale', async () => {
    const series = await createSeries(payload)
    const promising = await payload.create({
      collection: 'episodes',
      locale: 'ja',
      user: users.editor,
      overrideAccess: false,
      data: {
        ...japaneseEpisodeData(series, 1),
        body: richTextFromParagraphs(['この方法なら必ず治ります。']),
        _status: 'draft',
      },
    })
    const listed = await listClaimsToReview(readerFor('editor'), ['episodes', 'series', 'therapy-categories', 'pages'])
    expect(ids(listed)).toEqual([promising.id])
    expect(listed[0]!.notes).toEqual([{ kind: 'findings', locale: 'ja', errors: expect.any(Number) }])
    expect((listed[0]!.notes[0] as { errors: number }).errors).toBeGreaterThan(0)
    await payload.delete({ collection: 'episodes', id: promising.id })
  })
})

describe('the glossary lists', () => {
  const terms: Record<string, number> = {}

  beforeAll(async () => {
    const explanation = (text: string) => richTextFromParagraphs([text])
    async function term(name: string, ja: Record<string, unknown>, en?: Record<string, unknown>, publish = true) {
      // Drafts may leave required fields empty; the data is typed for a published term.
      const data = { slug: unique('term'), ...ja, _status: publish ? 'published' : 'draft' } as GlossaryTerm
      const created = publish
        ? await payload.create({ collection: 'glossary-terms', locale: 'ja', data })
        : await payload.create({ collection: 'glossary-terms', locale: 'ja', draft: true, data })
      if (en) {
        await payload.update({
          collection: 'glossary-terms',
          id: created.id,
          locale: 'en',
          draft: !publish,
          data: { ...en, _status: publish ? 'published' : 'draft' },
        })
      }
      terms[name] = created.id
    }
    // 幹細胞 is in the Japanese body of every generated episode; "conditioned medium" in the English one.
    await term(
      'complete',
      {
        term: '幹細胞',
        reading: 'かんさいぼう',
        shortDefinition: '体の細胞のもと。',
        explanation: explanation('説明。'),
      },
      { term: 'stem cell', shortDefinition: 'A cell that makes others.', explanation: explanation('About.') },
    )
    await term('noEnglish', {
      term: 'iPS細胞',
      reading: 'あいぴーえすさいぼう',
      shortDefinition: '人工多能性幹細胞。',
      explanation: explanation('説明。'),
    })
    await term(
      'noJapaneseExplanation',
      { term: 'ばいようじょうせい', reading: 'ばいようじょうせい', shortDefinition: '培養した液。' },
      { term: 'conditioned medium', shortDefinition: 'The liquid cells grew in.', explanation: explanation('About.') },
    )
    await term('draftWithoutDefinition', { term: 'ゲノム編集', reading: 'げのむへんしゅう' }, undefined, false)
    await term(
      'old',
      {
        term: '古い用語',
        reading: 'ふるいようご',
        shortDefinition: '昔からある。',
        explanation: explanation('説明。'),
      },
      { term: 'old term', shortDefinition: 'Old.', explanation: explanation('Old.') },
    )
    // Saved 40 days ago: out of "changed in the last 30 days".
    const longAgo = new Date(now.getTime() - 40 * DAY).toISOString()
    await payload.db.drizzle.execute(sql`update glossary_terms set updated_at = ${longAgo} where id = ${terms.old}`)
    await payload.db.drizzle.execute(
      sql`update _glossary_terms_v set updated_at = ${longAgo}, version_updated_at = ${longAgo} where parent_id = ${terms.old}`,
    )
  })

  it('lists the terms missing a part in a locale, saying which part in which locale', async () => {
    const { termsIncomplete } = await glossaryLists(readerFor('glossary'))
    const notesOf = (name: string) => termsIncomplete.find((item) => item.id === terms[name])?.notes
    expect(notesOf('complete')).toBeUndefined()
    expect(notesOf('old')).toBeUndefined()
    expect(notesOf('noEnglish')).toEqual([
      { kind: 'missing', locale: 'en', part: 'term' },
      { kind: 'missing', locale: 'en', part: 'shortDefinition' },
      { kind: 'missing', locale: 'en', part: 'explanation' },
    ])
    expect(notesOf('noJapaneseExplanation')).toEqual([{ kind: 'missing', locale: 'ja', part: 'explanation' }])
    expect(notesOf('draftWithoutDefinition')).toEqual([
      { kind: 'missing', locale: 'ja', part: 'shortDefinition' },
      { kind: 'missing', locale: 'ja', part: 'explanation' },
      { kind: 'missing', locale: 'en', part: 'term' },
      { kind: 'missing', locale: 'en', part: 'shortDefinition' },
      { kind: 'missing', locale: 'en', part: 'explanation' },
    ])
  })

  it('lists the terms no published episode links to, in either language', async () => {
    const { termsUnlinked } = await glossaryLists(readerFor('glossary'))
    expect(new Set(ids(termsUnlinked))).toEqual(new Set([terms.noEnglish, terms.draftWithoutDefinition, terms.old]))
  })

  it('lists the terms changed in the last 30 days, the latest first', async () => {
    const { termsChanged } = await glossaryLists(readerFor('glossary'))
    expect(ids(termsChanged)).not.toContain(terms.old)
    for (const name of ['complete', 'noEnglish', 'noJapaneseExplanation', 'draftWithoutDefinition']) {
      expect(ids(termsChanged)).toContain(terms[name])
    }
    const dates = termsChanged.map((item) => item.at!)
    expect(dates).toEqual([...dates].sort().reverse())
  })
})

describe('the administration lists', () => {
  it('lists every account with its role for an admin, and only their own for anyone else', async () => {
    const everyone = await listUsers(readerFor('admin'))
    for (const role of ['admin', 'editor', 'glossary', 'consultation'] as const) {
      expect(everyone).toContainEqual(expect.objectContaining({ id: users[role].id, notes: [{ kind: 'role', role }] }))
    }
    expect(ids(await listUsers(readerFor('editor')))).toEqual([users.editor.id])
  })

  it('shows the active site disclaimer with its period', async () => {
    const activeFrom = new Date(now.getTime() - DAY).toISOString()
    const activeUntil = new Date(now.getTime() + 90 * DAY).toISOString()
    const draft = await publishSiteDisclaimer(payload, new Date(activeFrom), new Date(activeUntil))
    const [active] = await listActiveSiteDisclaimer(readerFor('admin'))
    expect(active).toMatchObject({
      collection: 'disclaimers',
      id: draft.id,
      notes: [{ kind: 'until', at: activeUntil }],
    })
    expect(new Date(active!.at!).toISOString()).toBe(activeFrom)
  })

  it('lists the new consultations, not the answered ones, for admins and consultation staff', async () => {
    const inquiry = (status: 'new' | 'answered') =>
      payload.create({
        collection: 'inquiries',
        data: {
          name: '山田 花子',
          email: `${unique('reader')}@example.jp`,
          language: 'ja',
          topicLabel: `幹細胞治療 (${status})`,
          message: 'ご相談です。',
          consentedAt: now.toISOString(),
          status,
        },
      })
    const fresh = await inquiry('new')
    await inquiry('answered')
    for (const who of ['admin', 'consultation'] as const) {
      expect(ids(await listNewInquiries(readerFor(who)))).toEqual([fresh.id])
    }
  })
})

describe('each role’s desk', () => {
  const expectedSections: Record<Role, string[]> = {
    admin: ['editing', 'glossary', 'administration'],
    editor: ['editing'],
    glossary: ['glossary'],
    consultation: ['consultation'],
  }

  it.each(Object.keys(expectedSections) as Role[])('%s gets the sections of the role', async (role) => {
    const desk = await readDesk(readerFor(role))
    expect(desk.map((section) => section.name)).toEqual(expectedSections[role])
  })

  it('never lists for glossary staff a draft or a scheduled episode they cannot open', async () => {
    const reader = readerFor('glossary')
    expect(await listRecentDrafts(reader)).toEqual([])
    expect(await listScheduledPublications(reader)).toEqual([])
    // Reviews are staff data they may read, but of published episodes only.
    const publishedIds = new Set(
      cases.filter((c) => c.japanese === 'published' || c.japanese === 'edited').map((c) => c.episode.id),
    )
    for (const item of await listReviewsDue(reader)) expect(publishedIds.has(Number(item.id))).toBe(true)
  })

  it('gives titles in the admin’s language, falling back to Japanese where the English is missing', async () => {
    const english = await listTranslationsMissing(readerFor('editor', 'en'))
    const incomplete = cases.find((c) => c.english === 'incomplete')!
    expect(english.find((item) => item.id === incomplete.episode.id)?.title).toBe(englishEpisodeData.title)
    const missing = cases.find((c) => c.english === 'missing')!
    expect(english.find((item) => item.id === missing.episode.id)?.title).toBe(missing.episode.title)
  })
})
