/**
 * The CSV file and the publish choice from a multipart request (`file`, `publish`), read as bytes
 * (so that a file in another encoding can be told apart, not silently decoded) and no further
 * than the size an import takes.
 */
import { readLimitedBytes } from '@/lib/http/request-body'
import type { ColumnTranslationKey } from '@/lib/i18n/admin-translations'

import { MAX_CSV_BYTES } from './columns'

/** What multipart framing (boundaries, part headers) adds around the file, generously. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

export type CsvUpload =
  { ok: true; bytes: Uint8Array; publish: boolean } | { ok: false; status: 400 | 413 | 415; key: ColumnTranslationKey }

const yes = new Set(['true', 'on', '1'])

export async function readCsvUpload(request: Request): Promise<CsvUpload> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return { ok: false, status: 415, key: 'column:csvFileRequired' }
  const body = await readLimitedBytes(request, MAX_CSV_BYTES + MULTIPART_OVERHEAD_BYTES)
  if (!body) return { ok: false, status: 413, key: 'column:csvTooLarge' }
  let form: FormData
  try {
    form = await new Response(Buffer.from(body), { headers: { 'Content-Type': contentType } }).formData()
  } catch {
    return { ok: false, status: 400, key: 'column:csvFileRequired' }
  }
  const file = form.get('file')
  if (!(file instanceof Blob) || file.size === 0) return { ok: false, status: 400, key: 'column:csvFileRequired' }
  if (file.size > MAX_CSV_BYTES) return { ok: false, status: 413, key: 'column:csvTooLarge' }
  const publish = yes.has(String(form.get('publish') ?? '').toLowerCase())
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()), publish }
}
