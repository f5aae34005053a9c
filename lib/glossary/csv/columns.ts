/**
 * The columns of the glossary's CSV file (docs/glossary-csv.md), named in ASCII so that the same
 * file reads the same whatever the admin's language: one row per term, both languages side by
 * side, lists joined with `|`.
 */
export const glossaryCsvColumns = [
  'slug',
  'status',
  'term_ja',
  'term_en',
  'reading',
  'aliases_ja',
  'aliases_en',
  'short_definition_ja',
  'short_definition_en',
  'categories',
] as const

export type GlossaryCsvColumn = (typeof glossaryCsvColumns)[number]

/** Written on export; an import may leave it out (the import's own choice decides draft or published). */
export const optionalColumns: readonly GlossaryCsvColumn[] = ['status']

/** Between the aliases of one language, and between category slugs. */
export const LIST_SEPARATOR = '|'

/** Largest file an import takes: thousands of terms, far below anything that could hurt the server. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024

export function isGlossaryCsvColumn(name: string): name is GlossaryCsvColumn {
  return (glossaryCsvColumns as readonly string[]).includes(name)
}
