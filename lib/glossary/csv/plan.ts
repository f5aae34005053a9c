/**
 * What an import would do, worked out without writing: each row is matched with a stored term
 * (by slug, or by its Japanese term when the row has no slug) and becomes a create, a change
 * (naming the columns that differ) or nothing; rows that cannot be written are problems. The
 * preview shows this plan, and the import writes exactly it.
 */
import { toSlug } from '@/lib/slug'

import type { GlossaryCsvColumn } from './columns'
import { problem, type CsvProblem } from './problems'
import type { TermFields, TermRow } from './term-row'

export interface StoredTerm extends TermFields {
  id: number
  slug: string
  status: 'draft' | 'published'
}

export interface PlannedTerm {
  line: number
  slug: string
  term: string
  fields: TermFields
}

export interface PlannedChange extends PlannedTerm {
  id: number
  /** The file's columns whose value differs from the stored term (`status` when publishing a draft). */
  changed: GlossaryCsvColumn[]
}

export interface ImportPlan {
  creates: PlannedTerm[]
  changes: PlannedChange[]
  unchanged: number
  problems: CsvProblem[]
}

const comparedColumns: [GlossaryCsvColumn, keyof TermFields][] = [
  ['term_ja', 'termJa'],
  ['term_en', 'termEn'],
  ['reading', 'reading'],
  ['aliases_ja', 'aliasesJa'],
  ['aliases_en', 'aliasesEn'],
  ['short_definition_ja', 'definitionJa'],
  ['short_definition_en', 'definitionEn'],
  ['categories', 'categories'],
]

function same(a: string | string[], b: string | string[]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b
}

function changedColumns(row: TermFields, stored: StoredTerm, publish: boolean): GlossaryCsvColumn[] {
  const changed = comparedColumns.filter(([, key]) => !same(row[key], stored[key])).map(([column]) => column)
  if (publish && stored.status !== 'published') changed.push('status')
  return changed
}

function fieldsOf(row: TermRow): TermFields {
  const { line: _line, slug: _slug, ...fields } = row
  return fields
}

export interface PlanInput {
  rows: TermRow[]
  stored: StoredTerm[]
  /** Every therapy category's slug. */
  categorySlugs: ReadonlySet<string>
  publish: boolean
}

export function planImport({ rows, stored, categorySlugs, publish }: PlanInput): ImportPlan {
  const bySlug = new Map(stored.map((term) => [term.slug, term]))
  const byTermJa = new Map<string, StoredTerm[]>()
  for (const term of stored) byTermJa.set(term.termJa, [...(byTermJa.get(term.termJa) ?? []), term])

  const plan: ImportPlan = { creates: [], changes: [], unchanged: 0, problems: [] }
  const lineOfSlug = new Map<string, number>()
  for (const row of rows) {
    const rowProblems: CsvProblem[] = []
    for (const slug of row.categories) {
      if (!categorySlugs.has(slug))
        rowProblems.push(problem(row.line, 'categories', 'column:csvUnknownCategory', { slug }))
    }
    let match: StoredTerm | undefined
    let slug = row.slug
    if (slug !== '') match = bySlug.get(slug)
    else {
      const sameTerm = byTermJa.get(row.termJa) ?? []
      if (sameTerm.length > 1) rowProblems.push(problem(row.line, 'term_ja', 'column:csvAmbiguousTerm'))
      match = sameTerm[0]
      slug = match?.slug ?? toSlug(row.termEn)
      if (slug === '') rowProblems.push(problem(row.line, 'slug', 'column:slugNeeded'))
      else if (!match && bySlug.has(slug)) rowProblems.push(problem(row.line, 'slug', 'column:slugTaken'))
    }
    if (slug !== '') {
      const firstLine = lineOfSlug.get(slug)
      if (firstLine !== undefined) {
        rowProblems.push(problem(row.line, 'slug', 'column:csvDuplicateSlug', { line: String(firstLine) }))
      } else lineOfSlug.set(slug, row.line)
    }
    if (rowProblems.length > 0) {
      plan.problems.push(...rowProblems)
      continue
    }
    const planned = { line: row.line, slug, term: row.termJa, fields: fieldsOf(row) }
    if (!match) plan.creates.push(planned)
    else {
      const changed = changedColumns(row, match, publish)
      if (changed.length > 0) plan.changes.push({ ...planned, id: match.id, changed })
      else plan.unchanged++
    }
  }
  return plan
}
