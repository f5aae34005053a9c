/**
 * One row of the file as a term, checked with zod: every bad cell becomes a problem with the
 * row's line and the cell's column, in the same rules the collection keeps (kana reading, a
 * tooltip of at most 160 characters, a slug usable in a URL), plus the file's own: English is
 * given as a pair (term and definition) or not at all, lists are split on `|`.
 */
import { z } from 'zod'

import { SHORT_DEFINITION_MAX_LENGTH } from '@/lib/glossary/short-definition'
import { unguardFormula } from '@/lib/csv/formula-guard'
import type { ColumnTranslationKey } from '@/lib/i18n/admin-translations'
import { isValidSlug } from '@/lib/slug'

import { isKanaReading } from '../reading'
import { LIST_SEPARATOR, type GlossaryCsvColumn } from './columns'
import { problem, type CsvProblem } from './problems'
import type { CsvRow } from './read-file'

/** A term as the file gives it: what the import compares with the stored term and writes. */
export interface TermFields {
  termJa: string
  termEn: string
  reading: string
  aliasesJa: string[]
  aliasesEn: string[]
  definitionJa: string
  definitionEn: string
  /** Therapy categories by slug, in the file's order. */
  categories: string[]
}

export interface TermRow extends TermFields {
  line: number
  /** Empty: matched by its Japanese term, or made from the English term. */
  slug: string
}

/** A cell's text: the export's formula guard taken off, spaces around it dropped. */
const cell = z
  .string()
  .optional()
  .transform((value) => unguardFormula(value ?? '').trim())

// abort: an empty cell gets one message, not also those of the rules for a value.
const required = cell.refine((value) => value !== '', { message: 'column:csvRequired', abort: true })
const list = cell.transform((value) =>
  value
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== ''),
)
const fitsTooltip = (value: string) => value.length <= SHORT_DEFINITION_MAX_LENGTH
const tooLong = { message: 'column:csvTooLong' }

const termRowSchema = z
  .object({
    slug: cell.refine((value) => value === '' || isValidSlug(value), { message: 'column:slugInvalid' }),
    status: cell.refine((value) => ['', 'draft', 'published'].includes(value), { message: 'column:csvStatusInvalid' }),
    term_ja: required,
    term_en: cell,
    reading: required.refine(isKanaReading, { message: 'column:readingInvalid' }),
    aliases_ja: list,
    aliases_en: list,
    short_definition_ja: required.refine(fitsTooltip, tooLong),
    short_definition_en: cell.refine(fitsTooltip, tooLong),
    categories: list.refine((slugs) => slugs.every(isValidSlug), { message: 'column:csvCategoryInvalid' }),
  })
  .superRefine((row, context) => {
    // English is written as a whole or not at all: a term without its tooltip cannot be published.
    if (row.term_en !== '' && row.short_definition_en === '')
      context.addIssue({ code: 'custom', path: ['short_definition_en'], message: 'column:csvEnglishPair' })
    if (row.term_en === '' && row.short_definition_en !== '')
      context.addIssue({ code: 'custom', path: ['term_en'], message: 'column:csvEnglishPair' })
  })

const variablesOf: Partial<Record<ColumnTranslationKey, Record<string, string>>> = {
  'column:csvTooLong': { max: String(SHORT_DEFINITION_MAX_LENGTH) },
}

export type TermRowResult = { ok: true; row: TermRow } | { ok: false; problems: CsvProblem[] }

export function termFromRow({ line, cells }: CsvRow): TermRowResult {
  const parsed = termRowSchema.safeParse(cells)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.message as ColumnTranslationKey
      return problem(line, issue.path[0] as GlossaryCsvColumn, key, variablesOf[key])
    })
    return { ok: false, problems }
  }
  const row = parsed.data
  return {
    ok: true,
    row: {
      line,
      slug: row.slug,
      termJa: row.term_ja,
      termEn: row.term_en,
      reading: row.reading,
      aliasesJa: row.aliases_ja,
      aliasesEn: row.aliases_en,
      definitionJa: row.short_definition_ja,
      definitionEn: row.short_definition_en,
      categories: row.categories,
    },
  }
}
