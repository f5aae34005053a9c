/**
 * The whole page the submit endpoint answers to a post without JavaScript whose fields need
 * correcting: the form again, with what the reader typed and each field's message, in the page's
 * language, with the site's disclaimer. Drawn on the server with react-dom/server from the same
 * form as the reader page (ConsultationFormView).
 */
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { Disclaimer } from '@/components/Disclaimer'

import { ConsultationFormView, type ConsultationFormViewProps } from './ConsultationFormView'

export function ConsultationErrorPage(props: ConsultationFormViewProps & { locale: Locale }) {
  const messages = getMessages(props.locale)
  const title = `${messages.consultation.form.title} – ${messages.site.name}`
  return (
    <html lang={props.locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document, drawn outside Next's pages */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
      </head>
      <body>
        <main id="consultation">
          <h1>{messages.consultation.form.title}</h1>
          <ConsultationFormView {...props} />
          <p>
            <a href={props.returnTo}>{messages.site.name}</a>
          </p>
        </main>
        <Disclaimer label={messages.disclaimer.label} text={messages.disclaimer.builtIn} />
      </body>
    </html>
  )
}

/** The page as an HTML document. */
export async function renderConsultationErrorPage(props: ConsultationFormViewProps): Promise<string> {
  // Loaded when needed, as Payload's own server views do: only this answer draws HTML by hand.
  const { renderToStaticMarkup } = await import('react-dom/server')
  return `<!DOCTYPE html>${renderToStaticMarkup(<ConsultationErrorPage {...props} />)}`
}
