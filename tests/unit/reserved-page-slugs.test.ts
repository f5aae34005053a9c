/**
 * A page's slug is its path (/[locale]/<slug>): it must not be the first segment of another route,
 * and the proxy must let every route that answers at one segment through without asking whether
 * it is a page. Read from the route folders themselves, so a new route is caught here.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { isOneSegmentRoute, reservedPageSlugs } from '@/lib/i18n/paths'

const localeFolder = path.join(process.cwd(), 'app/(frontend)/[locale]')
const entries = readdirSync(localeFolder, { withFileTypes: true })

/** Route folders under the locale, and the metadata files (opengraph-image.tsx) that answer at a path of their own. */
const routeSegments = [
  ...entries.filter((entry) => entry.isDirectory() && entry.name !== '[slug]').map((entry) => entry.name),
  ...entries
    .filter((entry) => entry.isFile() && /^(opengraph-image|twitter-image|icon|apple-icon)\./.test(entry.name))
    .map((entry) => entry.name.split('.')[0]!),
]

/** Folders that answer by themselves (a page.tsx, page.bench.tsx or route.ts directly inside). */
const answersAtOneSegment = (segment: string) => {
  const folder = path.join(localeFolder, segment)
  try {
    return readdirSync(folder).some((file) => /^(page|route)\.(bench\.)?tsx?$/.test(file))
  } catch {
    return true // a metadata file such as opengraph-image.tsx
  }
}

describe('the routes under /[locale]', () => {
  it('are found (the test reads the real folder)', () => {
    expect(routeSegments).toEqual(expect.arrayContaining(['episodes', 'glossary', 'search']))
  })

  it.each(routeSegments)('/%s is a reserved page slug', (segment) => {
    expect(reservedPageSlugs).toContain(segment)
  })

  it.each(routeSegments)('/%s: the proxy lets it through exactly when it answers at one segment', (segment) => {
    expect(isOneSegmentRoute(segment)).toBe(answersAtOneSegment(segment))
  })

  it('the pages route itself is the only dynamic segment there', () => {
    expect(entries.filter((entry) => entry.isDirectory() && entry.name.startsWith('[')).map((e) => e.name)).toEqual([
      '[slug]',
    ])
  })
})
