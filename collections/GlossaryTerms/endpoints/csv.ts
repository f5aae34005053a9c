/**
 * The glossary in bulk (docs/glossary-csv.md), for whoever edits the glossary (admins and glossary
 * staff; 401 signed out, 403 otherwise):
 *   GET  /api/glossary-terms/csv           every term, its latest version, as CSV
 *   POST /api/glossary-terms/csv/preview   what an import of the file would create and change
 *   POST /api/glossary-terms/csv/import    the import: all of it in one transaction, or nothing
 * The POSTs take multipart `file` (the CSV) and `publish` (`true`: publish; otherwise drafts).
 * A file with bad rows is a 400 listing each with its line, column and message, and nothing is
 * written.
 */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { canEditGlossary } from '@/access/roles'
import {
  checkImport,
  GLOSSARY_CSV_CONTENT_TYPE,
  glossaryToCsv,
  readCsvUpload,
  storedTerms,
  therapyCategorySlugs,
  writePlan,
  type CsvProblem,
  type ImportPlan,
} from '@/lib/glossary/csv'
import type { GlossaryCsvColumn } from '@/lib/glossary/csv/columns'
import type { WriteFailure } from '@/lib/glossary/csv/stored-terms'
import { errorAnswer } from '@/lib/http/request-body'
import { translate } from '@/lib/payload/validation-error'

const noStore = { 'Cache-Control': 'no-store' }

/** Signed out: 401; signed in without the glossary among their work: 403; otherwise nothing. */
async function refused(req: PayloadRequest): Promise<Response | undefined> {
  if (!req.user) return errorAnswer(401, translate(req, 'column:csvSignIn'))
  if ((await canEditGlossary({ req })) !== true) return errorAnswer(403, translate(req, 'column:csvOnlyGlossaryStaff'))
  return undefined
}

function problemAnswers(req: PayloadRequest, problems: CsvProblem[]) {
  return problems.map(({ line, field, key, variables }) => ({ line, field, message: translate(req, key, variables) }))
}

function badRows(req: PayloadRequest, problems: CsvProblem[]): Response {
  return Response.json({ errors: problemAnswers(req, problems) }, { status: 400, headers: noStore })
}

function summary(plan: ImportPlan) {
  return {
    counts: { create: plan.creates.length, change: plan.changes.length, unchanged: plan.unchanged },
    creates: plan.creates.map(({ line, slug, term }) => ({ line, slug, term })),
    changes: plan.changes.map(({ line, slug, term, changed }) => ({ line, slug, term, fields: changed })),
  }
}

/** Payload's field names, as the file's columns in the language of the save that failed. */
function columnOf(path: string, locale: 'ja' | 'en'): GlossaryCsvColumn | null {
  const name = path.split('.')[0]
  const shared: Record<string, GlossaryCsvColumn> = {
    slug: 'slug',
    reading: 'reading',
    therapyCategories: 'categories',
  }
  const localized: Record<string, string> = { term: 'term', aliases: 'aliases', shortDefinition: 'short_definition' }
  if (shared[name]) return shared[name]
  return localized[name] ? (`${localized[name]}_${locale}` as GlossaryCsvColumn) : null
}

/** A save the collection refused (a field rule, the claims guard) as the row's problems; anything else is the server's. */
function refusedSave(failure: WriteFailure) {
  const error = failure.error as {
    status?: number
    message?: string
    data?: { errors?: { path?: string; message?: string }[] }
  }
  if (!error || typeof error.status !== 'number' || error.status >= 500) throw failure.error
  const fieldErrors = error.data?.errors ?? []
  if (fieldErrors.length === 0) return [{ line: failure.line, field: null, message: error.message ?? '' }]
  return fieldErrors.map(({ path, message }) => ({
    line: failure.line,
    field: columnOf(path ?? '', failure.locale),
    message: message ?? '',
  }))
}

const exportCsv: PayloadHandler = async (req) => {
  const refusal = await refused(req)
  if (refusal) return refusal
  const terms = await storedTerms(req, await therapyCategorySlugs(req))
  const day = new Date().toISOString().slice(0, 10)
  return new Response(glossaryToCsv(terms), {
    headers: {
      'Content-Type': GLOSSARY_CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="glossary-${day}.csv"`,
      ...noStore,
    },
  })
}

const previewImport: PayloadHandler = async (req) => {
  const refusal = await refused(req)
  if (refusal) return refusal
  const upload = await readCsvUpload(req as Request)
  if (!upload.ok) return errorAnswer(upload.status, translate(req, upload.key))
  const { plan } = await checkImport(req, upload.bytes, upload.publish)
  if (plan.problems.length > 0) return badRows(req, plan.problems)
  return Response.json({ publish: upload.publish, ...summary(plan) }, { headers: noStore })
}

const importTerms: PayloadHandler = async (req) => {
  const refusal = await refused(req)
  if (refusal) return refusal
  const upload = await readCsvUpload(req as Request)
  if (!upload.ok) return errorAnswer(upload.status, translate(req, upload.key))
  const ownTransaction = await initTransaction(req)
  try {
    const { plan, categories } = await checkImport(req, upload.bytes, upload.publish)
    if (plan.problems.length > 0) {
      await killTransaction(req)
      return badRows(req, plan.problems)
    }
    const failure = await writePlan(req, plan, categories, upload.publish)
    if (failure) {
      // The failed save has rolled the transaction back already (Payload does on any error); this makes sure.
      await killTransaction(req)
      return Response.json({ errors: refusedSave(failure) }, { status: 400, headers: noStore })
    }
    if (ownTransaction) await commitTransaction(req)
    return Response.json({ imported: true, publish: upload.publish, ...summary(plan) }, { headers: noStore })
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export const GLOSSARY_CSV_PATH = '/csv'

export const glossaryCsvEndpoints: Endpoint[] = [
  { path: GLOSSARY_CSV_PATH, method: 'get', handler: exportCsv },
  { path: `${GLOSSARY_CSV_PATH}/preview`, method: 'post', handler: previewImport },
  { path: `${GLOSSARY_CSV_PATH}/import`, method: 'post', handler: importTerms },
]
