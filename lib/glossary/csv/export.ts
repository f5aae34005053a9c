/**
 * The glossary as a CSV file: the header of ./columns.ts, one row per term (its latest version,
 * with its status), UTF-8 with a byte-order mark (Excel in Japan reads a file without one as
 * Shift_JIS) and CRLF records. Every cell goes through the reversible formula guard, so that a
 * spreadsheet never runs a term's text as a formula and an import of the file gives back exactly
 * what was exported.
 */
import { stringify } from 'csv-stringify/sync'

import { guardFormulaReversibly } from '@/lib/csv/formula-guard'

import { glossaryCsvColumns, LIST_SEPARATOR, type GlossaryCsvColumn } from './columns'
import type { StoredTerm } from './plan'

export const GLOSSARY_CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

function cellsOf(term: StoredTerm): Record<GlossaryCsvColumn, string> {
  return {
    slug: term.slug,
    status: term.status,
    term_ja: term.termJa,
    term_en: term.termEn,
    reading: term.reading,
    aliases_ja: term.aliasesJa.join(LIST_SEPARATOR),
    aliases_en: term.aliasesEn.join(LIST_SEPARATOR),
    short_definition_ja: term.definitionJa,
    short_definition_en: term.definitionEn,
    categories: term.categories.join(LIST_SEPARATOR),
  }
}

export function glossaryToCsv(terms: Iterable<StoredTerm>): string {
  const rows: string[][] = [[...glossaryCsvColumns]]
  for (const term of terms) {
    const cells = cellsOf(term)
    rows.push(glossaryCsvColumns.map((column) => guardFormulaReversibly(cells[column])))
  }
  // A lone line feed in a cell is quoted too: the import, like Excel, ends a record at CRLF, LF or CR.
  return stringify(rows, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ })
}
