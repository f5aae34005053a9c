/**
 * `npm run claims:check` over the CMS's content: the command run as staff run it, in its own
 * process, against this test file's database.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { withLexicalEntryCondition } from '@/tooling/lexical-entry-condition'
import type { Episode } from '@/payload-types'
import { seed } from '@/tooling/seed/seed'

import { createSeries, japaneseEpisodeData } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
const siteUrl = 'https://column.example.jp'

interface Row {
  collection: string
  id: number
  title: string
  adminUrl: string
  locale: string
  status: string
  approved: boolean
  field: string
  severity: string
  ruleId: string
  match: string
  sentence: string
  suggestion: string
}

function run(args: string[], env: Record<string, string | undefined> = {}) {
  // Only what the command needs: this file's database and secret, and a known site address.
  const childEnv: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: process.env.DATABASE_URL,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    SITE_URL: siteUrl,
    ...env,
  }
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/claims-check.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: withLexicalEntryCondition(childEnv as NodeJS.ProcessEnv),
    timeout: 90_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function rowsOf(stdout: string): Row[] {
  return JSON.parse(stdout) as Row[]
}

// Ids are per collection: a glossary term or page may share an episode's id.
function episodeRows(rows: Row[], id: number): Row[] {
  return rows.filter((row) => row.collection === 'episodes' && row.id === id)
}

// 「必ず治ります」 runs across two text nodes, the second in bold: one phrase to the reader.
const bodyWithSplitClaim = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          {
            type: 'text',
            text: 'この治療を受ければ、必ず',
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
            version: 1,
          },
          { type: 'text', text: '治ります。', format: 1, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      },
    ],
  },
}

let payload: Payload
let episodeNumber = 500

async function writePublishedBody(id: number, body: unknown): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(`update episodes_locales set body = $1 where _parent_id = $2 and _locale = 'ja'`, [body, id])
  } finally {
    await client.end()
  }
}

async function publishedCleanEpisode(): Promise<Episode> {
  const series = await createSeries(payload)
  return payload.create({
    collection: 'episodes',
    locale: 'ja',
    data: { ...japaneseEpisodeData(series, ++episodeNumber), _status: 'published' },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { createAdmin: false })
}, 180_000)

describe('claims:check on the published demo content', () => {
  it('finds no error and exits 0', () => {
    const result = run(['--json'])
    expect(result.stderr).toBe('')
    expect(result.status, result.stderr).toBe(0)
    expect(rowsOf(result.stdout).filter((row) => row.severity === 'error')).toEqual([])
  })
})

describe('claims:check with a promise only in the latest draft', () => {
  let episode: Episode

  beforeAll(async () => {
    episode = await publishedCleanEpisode()
    await payload.update({
      collection: 'episodes',
      id: episode.id,
      locale: 'ja',
      draft: true,
      data: { lead: 'この方法なら必ず治ります。' },
    })
  })

  it('does not report the draft by default', () => {
    const result = run(['--json'])
    expect(result.status, result.stderr).toBe(0)
    expect(episodeRows(rowsOf(result.stdout), episode.id)).toEqual([])
  })

  it('reports it as from the draft with --drafts, and exits 1', () => {
    const result = run(['--json', '--drafts'])
    expect(result.status, result.stderr).toBe(1)
    expect(episodeRows(rowsOf(result.stdout), episode.id)).toEqual([
      expect.objectContaining({
        collection: 'episodes',
        locale: 'ja',
        status: 'draft',
        field: 'lead',
        severity: 'error',
        ruleId: 'guaranteed-outcome.certain',
        match: '必ず治り',
      }),
    ])
  })
})

describe('claims:check with a promise an admin approved', () => {
  let episode: Episode

  beforeAll(async () => {
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'claims-admin@example.com', password: 'correct horse battery staple', role: 'admin' },
    })
    episode = await publishedCleanEpisode()
    const approve = { claimsOverride: { reason: '出典を明記した引用のため。' }, lead: 'この方法なら必ず治ります。' }
    await payload.update({ collection: 'episodes', id: episode.id, locale: 'ja', user: admin, data: approve })
  })

  it('reports the finding as approved and does not fail', () => {
    const result = run(['--json'])
    expect(result.status, result.stderr).toBe(0)
    expect(episodeRows(rowsOf(result.stdout), episode.id)).toEqual([
      expect.objectContaining({ field: 'lead', severity: 'error', approved: true }),
    ])
  })
})

describe('claims:check with a promise in a published episode', () => {
  let claiming: Episode
  let clean: Episode

  beforeAll(async () => {
    clean = await publishedCleanEpisode()
    claiming = await publishedCleanEpisode()
    // As if published before the admin's guard existed (or before a newer rule): the admin
    // refuses to publish it now, so the published body is written in the database itself.
    await writePublishedBody(claiming.id, bodyWithSplitClaim)
  })

  it('lists the finding under its episode, with the link to its admin page, and exits 1', () => {
    const result = run([])
    expect(result.status, result.stderr).toBe(1)
    const adminUrl = `${siteUrl}/admin/collections/episodes/${claiming.id}`
    const block = result.stdout.split('\n\n').find((part) => part.includes(adminUrl))
    expect(block?.split('\n')[0]).toBe(`episodes  ${claiming.title}  ${adminUrl}`)
    expect(block).toContain(
      '  error    ja  body  guaranteed-outcome.certain  この治療を受ければ、【必ず治り】ます。  → ',
    )
    expect(result.stdout).not.toContain(`/admin/collections/episodes/${clean.id}\n`)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^claims:check: 1 error, \d+ warnings?, 1 approved by an admin in \d+ documents? \(\d+ documents checked, published only\)$/,
    )
  })

  it('gives each finding as a JSON row', () => {
    const result = run(['--json'])
    expect(result.status, result.stderr).toBe(1)
    const rows = rowsOf(result.stdout)
    expect(episodeRows(rows, clean.id)).toEqual([])
    expect(episodeRows(rows, claiming.id)).toEqual([
      {
        collection: 'episodes',
        id: claiming.id,
        title: claiming.title,
        adminUrl: `${siteUrl}/admin/collections/episodes/${claiming.id}`,
        locale: 'ja',
        status: 'published',
        approved: false,
        field: 'body',
        severity: 'error',
        ruleId: 'guaranteed-outcome.certain',
        match: '必ず治り',
        sentence: 'この治療を受ければ、必ず治ります。',
        suggestion: expect.stringMatching(/\S/),
      },
    ])
  })
})

describe('claims:check when it cannot run', () => {
  it('exits 2 with one line for an unknown option', () => {
    const result = run(['--verbose'])
    expect(result.status, result.stderr).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('claims:check: unknown option --verbose\n')
  })

  it('exits 2 with one line naming the database when nothing answers at DATABASE_URL', () => {
    const result = run([], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/column' })
    expect(result.status, result.stderr).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')).toEqual([expect.any(String), ''])
    expect(result.stderr).toMatch(
      /^claims:check: DATABASE_URL: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/column: .*ECONNREFUSED/,
    )
  })
})
