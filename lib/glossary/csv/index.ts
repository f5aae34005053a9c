/**
 * The glossary in bulk (docs/glossary-csv.md): a CSV file read and checked (every bad cell a
 * problem with its line and column), planned against the stored terms (creates, changes), and
 * the plan written in one transaction; the glossary written back as CSV.
 */
import type { PayloadRequest } from 'payload'

import type { CsvProblem } from './problems'
import { byLine } from './problems'
import { planImport, type ImportPlan } from './plan'
import { readGlossaryCsv } from './read-file'
import { storedTerms, therapyCategorySlugs, type TherapyCategorySlugs } from './stored-terms'
import { termFromRow, type TermRow } from './term-row'

export { glossaryToCsv, GLOSSARY_CSV_CONTENT_TYPE } from './export'
export { writePlan } from './stored-terms'
export { readCsvUpload } from './upload'
export { storedTerms, therapyCategorySlugs }
export type { CsvProblem, ImportPlan }

export interface CheckedImport {
  plan: ImportPlan
  categories: TherapyCategorySlugs
}

/** The file read, each row checked and matched with the stored terms; `plan.problems` lists every bad row. */
export async function checkImport(req: PayloadRequest, bytes: Uint8Array, publish: boolean): Promise<CheckedImport> {
  const file = readGlossaryCsv(bytes)
  const problems: CsvProblem[] = [...file.problems]
  const rows: TermRow[] = []
  for (const row of file.rows) {
    const result = termFromRow(row)
    if (result.ok) rows.push(result.row)
    else problems.push(...result.problems)
  }
  const categories = await therapyCategorySlugs(req)
  const stored = await storedTerms(req, categories)
  const plan = planImport({ rows, stored, categorySlugs: new Set(categories.idOf.keys()), publish })
  plan.problems = [...problems, ...plan.problems].sort(byLine)
  return { plan, categories }
}
