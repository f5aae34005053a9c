/**
 * What is wrong with an imported file, one problem per bad cell (or row, or file): the line it
 * starts on (1 is the header), the column, and a message key of lib/i18n/admin-translations.ts
 * with its variables, translated for the staff member when the endpoint answers.
 */
import type { ColumnTranslationKey } from '@/lib/i18n/admin-translations'

import type { GlossaryCsvColumn } from './columns'

export interface CsvProblem {
  line: number
  /** The column, or null when the whole row or file is wrong (encoding, quoting, cell count). */
  field: GlossaryCsvColumn | null
  key: ColumnTranslationKey
  variables?: Record<string, string>
}

export function problem(
  line: number,
  field: GlossaryCsvColumn | null,
  key: ColumnTranslationKey,
  variables?: Record<string, string>,
): CsvProblem {
  return variables ? { line, field, key, variables } : { line, field, key }
}

/** In file order: by line, then the columns in the file's order of columns. */
export function byLine(a: CsvProblem, b: CsvProblem): number {
  return a.line - b.line
}
