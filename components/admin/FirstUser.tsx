/**
 * The admin's first-user view. In development, Payload's own form; in production (`closed`, set
 * in payload.config.ts) the first administrator is created on the server with
 * `npm run create-admin`, so that a fresh site is not open to whoever arrives first, and the
 * page says so instead of offering a form whose request would be refused.
 */
import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'

export function FirstUser(props: AdminViewServerProps & { closed?: boolean }) {
  if (!props.closed) return <CreateFirstUserView {...props} />
  const t = props.i18n.t as (key: string) => string
  return (
    <div className="create-first-user">
      <h1>{t('general:welcome')}</h1>
      <p role="status">{t('column:firstUserByCommandLine')}</p>
    </div>
  )
}
