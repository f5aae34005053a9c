/** What the claims guard reads of a document: every localized text, also inside groups and arrays. */
import type { Field } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { pageBlocks } from '@/blocks'
import { checkDocument, localizedTexts } from '@/lib/claims/document-text'
import { loadClaimsMatcher } from '@/lib/claims/check'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

beforeAll(async () => {
  await loadClaimsMatcher()
}, 60_000)

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  { name: 'aliases', type: 'array', localized: true, fields: [{ name: 'alias', type: 'text' }] },
  { name: 'checkpoints', type: 'array', fields: [{ name: 'point', type: 'text', localized: true }] },
  { name: 'podcast', type: 'group', fields: [{ name: 'transcript', type: 'textarea', localized: true }] },
  { name: 'body', type: 'richText', localized: true },
]

describe('the text of a document', () => {
  it('includes localized fields, localized arrays, localized fields in arrays and groups, and rich text', () => {
    const texts = localizedTexts(fields, {
      title: '題',
      slug: 'not-read',
      aliases: [{ alias: '別名' }],
      checkpoints: [{ point: '確認点' }],
      podcast: { transcript: '書き起こし' },
      body: richTextFromParagraphs(['本文']),
    })
    expect(texts).toEqual([
      { field: 'title', text: '題' },
      { field: 'aliases.0.alias', text: '別名' },
      { field: 'checkpoints.0.point', text: '確認点' },
      { field: 'podcast.transcript', text: '書き起こし' },
      { field: 'body', text: '本文' },
    ])
  })

  it('finds a promise in a therapy category’s points to check', () => {
    const findings = checkDocument(fields, { checkpoints: [{ point: 'この治療は必ず治ります。' }] }, 'ja')
    expect(findings.map((finding) => [finding.field, finding.severity])).toContainEqual([
      'checkpoints.0.point',
      'error',
    ])
  })
})

describe('rich text of any shape, as a client may send it', () => {
  const shapes: unknown[] = [
    null,
    'text',
    { root: null },
    { root: 'no nodes' },
    { root: { children: 'not a list' } },
    { root: { children: [null, 5, 'x', { children: 'x' }] } },
    { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }, { type: 7 }, null] }] } },
  ]
  it.each(shapes)('reads %j without throwing, as no text', (body) => {
    expect(localizedTexts(fields, { body })).toEqual([])
  })

  it('still reads the text nodes beside nodes that are not', () => {
    const body = { root: { children: [{ type: 'paragraph', children: [null, { type: 'text', text: '本文' }] }] } }
    expect(localizedTexts(fields, { body })).toEqual([{ field: 'body', text: '本文' }])
  })
})

describe('the text inside a page’s blocks', () => {
  // Every text, textarea and rich text field of every block (blocks/), filled with its own path.
  const fill = (blockFields: Field[], prefix: string): [Record<string, unknown>, string[]] => {
    const row: Record<string, unknown> = {}
    const paths: string[] = []
    for (const field of blockFields) {
      if (!('name' in field)) continue
      const path = `${prefix}${field.name}`
      if (field.type === 'text' || field.type === 'textarea') {
        row[field.name] = path
        paths.push(path)
      } else if (field.type === 'richText') {
        row[field.name] = richTextFromParagraphs([path])
        paths.push(path)
      } else if (field.type === 'array') {
        const [inner, innerPaths] = fill(field.fields, `${path}.0.`)
        row[field.name] = [inner]
        paths.push(...innerPaths)
      }
    }
    return [row, paths]
  }

  it.each(pageBlocks.map((block) => [block.slug, block] as const))('%s: every text field is read', (_slug, block) => {
    const [row, paths] = fill(block.fields, 'layout.0.')
    const texts = localizedTexts([{ name: 'layout', type: 'blocks', localized: true, blocks: pageBlocks }], {
      layout: [{ blockType: block.slug, ...row }],
    })
    expect(texts.map(({ field }) => field)).toEqual(paths)
    expect(texts.map(({ text }) => text)).toEqual(paths)
  })
})
