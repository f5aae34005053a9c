/** Search over published content in one locale: Japanese substrings, full-width input, no drafts. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchContent } from '@/lib/content/search'

import { validData } from '../helpers/documents'
import { testPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  const published = await validData(payload, 'glossary-terms')
  await payload.create({
    collection: 'glossary-terms',
    locale: 'ja',
    data: {
      ...published,
      term: '間葉系幹細胞',
      shortDefinition: '骨や脂肪などに変化しうる幹細胞。',
      _status: 'published',
    } as never,
  })
  await payload.update({
    collection: 'glossary-terms',
    where: { slug: { equals: published.slug } },
    locale: 'en',
    data: {
      term: 'Mesenchymal stem cell',
      shortDefinition: 'A stem cell that may become bone or fat.',
      _status: 'published',
    },
  })
  const draft = await validData(payload, 'glossary-terms')
  await payload.create({
    collection: 'glossary-terms',
    locale: 'ja',
    data: { ...draft, term: '未公開の幹細胞メモ', _status: 'draft' } as never,
  })
})

describe('searching the column', () => {
  it('finds a Japanese term by a substring inside a word', async () => {
    const hits = await searchContent('ja', '幹細胞')
    expect(hits.map((hit) => hit.title)).toContain('間葉系幹細胞')
  })

  it('never returns a draft', async () => {
    const hits = await searchContent('ja', '幹細胞')
    expect(hits.map((hit) => hit.title)).not.toContain('未公開の幹細胞メモ')
  })

  it('treats full-width letters like their ASCII forms and ignores case', async () => {
    const hits = await searchContent('en', 'ＭＥＳＥＮＣＨＹＭＡＬ')
    expect(hits.map((hit) => hit.title)).toEqual(['Mesenchymal stem cell'])
  })

  it('searches only the page’s locale', async () => {
    expect(await searchContent('en', '間葉系')).toEqual([])
  })

  it('returns nothing for an empty query', async () => {
    expect(await searchContent('ja', '   ')).toEqual([])
  })
})
