'use client'

/**
 * The glossary's CSV panel in the admin: an export link, then an import in two steps. Preview
 * sends the file and shows what would be created and changed, or every bad row with its line and
 * column; Import (offered only after a clean preview of the same file and choice) writes it, as
 * drafts unless "publish" is ticked. Results and problems are announced to screen readers.
 */
import { useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState, type FormEvent } from 'react'

interface Problem {
  line: number
  field: string | null
  message: string
}
interface PlannedRow {
  line: number
  slug: string
  term: string
  fields?: string[]
}
interface Answer {
  counts?: { create: number; change: number; unchanged: number }
  creates?: PlannedRow[]
  changes?: PlannedRow[]
  imported?: boolean
  errors?: Problem[]
}

type Step =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'answered'; action: 'preview' | 'import'; status: number; answer: Answer }

export function GlossaryCsvImport({ endpoint }: { endpoint: string }) {
  const { t: translate } = useTranslation()
  const t = translate as (key: string, variables?: Record<string, unknown>) => string
  const router = useRouter()
  const id = useId()
  const [file, setFile] = useState<File | null>(null)
  const [publish, setPublish] = useState(false)
  const [step, setStep] = useState<Step>({ kind: 'idle' })

  async function send(action: 'preview' | 'import') {
    if (!file) return
    setStep({ kind: 'working' })
    const body = new FormData()
    body.set('file', file)
    if (publish) body.set('publish', 'true')
    const response = await fetch(`${endpoint}/${action}`, { method: 'POST', body, credentials: 'include' })
    const answer = (await response.json().catch(() => ({}))) as Answer
    setStep({ kind: 'answered', action, status: response.status, answer })
    if (action === 'import' && response.ok) router.refresh()
  }

  const onPreview = (event: FormEvent) => {
    event.preventDefault()
    void send('preview')
  }
  // A new file or choice needs a new preview before it can be imported.
  const reset = () => setStep({ kind: 'idle' })
  const answered = step.kind === 'answered' ? step : undefined
  const previewed = answered?.action === 'preview' && answered.status === 200 ? answered.answer : undefined
  const counts = answered?.answer.counts
  const nothingToDo = counts !== undefined && counts.create + counts.change === 0

  return (
    <section className="glossary-csv" aria-labelledby={`${id}-heading`} data-testid="glossary-csv">
      <h2 id={`${id}-heading`} className="glossary-csv__heading">
        {t('column:glossaryCsvHeading')}
      </h2>
      <p>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={endpoint}
          download
          data-testid="glossary-csv-export"
        >
          {t('column:glossaryCsvExport')}
        </a>
      </p>
      <form onSubmit={onPreview} className="glossary-csv__form">
        <div className="field-type">
          <label htmlFor={`${id}-file`} className="field-label">
            {t('column:glossaryCsvFile')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => (setFile(event.target.files?.[0] ?? null), reset())}
          />
        </div>
        <div className="field-type">
          <input
            id={`${id}-publish`}
            type="checkbox"
            checked={publish}
            onChange={(event) => (setPublish(event.target.checked), reset())}
          />{' '}
          <label htmlFor={`${id}-publish`}>{t('column:glossaryCsvPublish')}</label>
        </div>
        <div className="glossary-csv__actions">
          <button
            type="submit"
            className="btn btn--style-secondary btn--size-small"
            disabled={!file || step.kind === 'working'}
          >
            {t('column:glossaryCsvPreview')}
          </button>{' '}
          {previewed && !nothingToDo ? (
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              onClick={() => void send('import')}
            >
              {t('column:glossaryCsvImport')}
            </button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite" role="status" data-testid="glossary-csv-status">
        {step.kind === 'working' ? t('column:glossaryCsvWorking') : null}
        {answered && counts ? (
          <p>
            {answered.answer.imported
              ? t('column:glossaryCsvImported', counts)
              : nothingToDo
                ? t('column:glossaryCsvNothingToImport')
                : t('column:glossaryCsvSummary', counts)}
          </p>
        ) : null}
      </div>
      {answered && !answered.answer.counts ? (
        <Problems t={t} status={answered.status} errors={answered.answer.errors ?? []} />
      ) : null}
      {previewed ? (
        <>
          <PlannedTable t={t} caption={t('column:glossaryCsvCreates')} rows={previewed.creates ?? []} />
          <PlannedTable t={t} caption={t('column:glossaryCsvChanges')} rows={previewed.changes ?? []} />
        </>
      ) : null}
    </section>
  )
}

type Translate = (key: string, variables?: Record<string, unknown>) => string

function Problems({ t, status, errors }: { t: Translate; status: number; errors: Problem[] }) {
  const rowProblems = errors.filter((error) => typeof error.line === 'number')
  return (
    <div role="alert" data-testid="glossary-csv-problems">
      {rowProblems.length > 0 ? (
        <table>
          <caption>{t('column:glossaryCsvBadRows', { count: rowProblems.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column:glossaryCsvLine')}</th>
              <th scope="col">{t('column:glossaryCsvColumn')}</th>
              <th scope="col">{t('column:glossaryCsvMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {rowProblems.map((error, index) => (
              <tr key={index}>
                <td>{error.line}</td>
                <td>{error.field ?? '—'}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{errors[0]?.message ?? t('column:glossaryCsvFailed', { status })}</p>
      )}
    </div>
  )
}

function PlannedTable({ t, caption, rows }: { t: Translate; caption: string; rows: PlannedRow[] }) {
  if (rows.length === 0) return null
  return (
    <table className="glossary-csv__plan">
      <caption>
        {caption} ({rows.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('column:glossaryCsvLine')}</th>
          <th scope="col">{t('column:glossaryCsvTerm')}</th>
          <th scope="col">slug</th>
          {rows[0].fields ? <th scope="col">{t('column:glossaryCsvChangedColumns')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td>{row.line}</td>
            <td>{row.term}</td>
            <td>{row.slug}</td>
            {row.fields ? <td>{row.fields.join(', ')}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
