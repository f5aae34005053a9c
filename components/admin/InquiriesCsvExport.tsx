/**
 * Above the Inquiries list: a link that downloads every inquiry as CSV, shown to administrators
 * only (the endpoint refuses everyone else too: collections/Inquiries/endpoints/export-csv.ts).
 */
import type { ServerProps } from 'payload'

export function InquiriesCsvExport({ user, i18n, payload }: ServerProps) {
  if ((user as { role?: string } | null | undefined)?.role !== 'admin') return null
  const t = i18n.t as (key: string) => string
  const href = `${payload.config.routes.api}/inquiries/export.csv`
  return (
    <div className="inquiries-csv-export">
      <a className="btn btn--style-secondary btn--size-small" href={href} download data-testid="inquiries-csv-export">
        {t('column:exportInquiriesCsv')}
      </a>
    </div>
  )
}
