/**
 * The consultation form as markup only: drawn on the reader page (through ConsultationFormEnhancer),
 * and again by the submit endpoint when a post without JavaScript comes back with field messages.
 * A plain form that posts to the endpoint; every message is linked from its field
 * (aria-describedby) and listed in a summary at the top.
 */
import type { ReactNode, Ref } from 'react'

import type { InquiryField } from '@/lib/consultation/inquiry-input'
import { inquiryFormFields, NOT_SURE } from '@/lib/consultation/inquiry-input'
import { localeLabels, locales, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

export const CONSULTATION_SUBMIT_PATH = '/api/inquiries/submit'
/** Hidden fields of the form besides the spam checks' ones. */
export const consultationContextFields = { locale: 'locale', returnTo: 'return_to' } as const

export interface ConsultationTopic {
  id: number
  name: string
}

export type ConsultationValues = Partial<Record<Exclude<InquiryField, 'consent'>, string>>
export type ConsultationErrors = Partial<Record<InquiryField, string>>

export interface ConsultationFormViewProps {
  locale: Locale
  topics: ConsultationTopic[]
  /** The privacy policy page, linked from the consent; undefined while none is published. */
  privacyPolicyPath?: string
  formToken: string
  /** The page the form is on, for the answer to a post without JavaScript. */
  returnTo: string
  values?: ConsultationValues
  errors?: ConsultationErrors
  /** While a script sends the form. */
  busy?: boolean
  /** A failure to reach the server (scripted sending only). */
  failure?: string
  /** Where the error summary's heading is, so a script can move focus to it. */
  summaryRef?: Ref<HTMLDivElement>
}

const fieldOrder: InquiryField[] = ['name', 'email', 'language', 'topic', 'message', 'consent']

/** The id of a field's control and of its message. */
export const controlId = (field: InquiryField) => `consultation-${field}`
const messageId = (field: InquiryField) => `consultation-${field}-message`

function describedBy(field: InquiryField, errors: ConsultationErrors, extra?: string): string | undefined {
  const ids = [errors[field] ? messageId(field) : undefined, extra].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

function FieldMessage({ field, errors }: { field: InquiryField; errors: ConsultationErrors }) {
  const message = errors[field]
  return message ? (
    <p className="consultation-form__error" id={messageId(field)}>
      {message}
    </p>
  ) : null
}

/** The consent sentence with the privacy policy linked where `{privacyPolicy}` stands. */
function consentText(template: string, linkText: string, href: string | undefined): ReactNode {
  const [before = '', after = ''] = template.split('{privacyPolicy}')
  return (
    <>
      {before}
      {href ? <a href={href}>{linkText}</a> : linkText}
      {after}
    </>
  )
}

export function ConsultationFormView({
  locale,
  topics,
  privacyPolicyPath,
  formToken,
  returnTo,
  values = {},
  errors = {},
  busy = false,
  failure,
  summaryRef,
}: ConsultationFormViewProps) {
  const words = getMessages(locale).consultation.form
  const required = <span className="consultation-form__required">({words.required})</span>
  const invalid = fieldOrder.filter((field) => errors[field])
  const labelOf: Record<InquiryField, string> = {
    name: words.name,
    email: words.email,
    language: words.language,
    topic: words.topic,
    message: words.message,
    consent: words.privacyPolicy,
  }
  return (
    <form
      className="consultation-form"
      method="post"
      action={CONSULTATION_SUBMIT_PATH}
      noValidate
      aria-busy={busy || undefined}
      data-testid="consultation-form"
    >
      <div ref={summaryRef} tabIndex={-1} className="consultation-form__summary" aria-live="polite">
        {invalid.length > 0 ? (
          <div role="alert" data-testid="consultation-error-summary">
            <p>{words.fixErrors}</p>
            <ul>
              {invalid.map((field) => (
                // A paragraph per link: the page drawn without JavaScript has no stylesheet
                // (ConsultationErrorPage), and only a paragraph's own margins keep one link's
                // target clear of the next (WCAG 2.5.8).
                <li key={field}>
                  <p>
                    <a href={`#${controlId(field)}`}>
                      {labelOf[field]}: {errors[field]}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {failure ? <p role="alert">{failure}</p> : null}
        {busy ? <p>{words.sending}</p> : null}
      </div>
      <p className="consultation-form__no-health-details" id="consultation-no-health-details">
        {words.noHealthDetails}
      </p>
      <input type="hidden" name={consultationContextFields.locale} value={locale} />
      <input type="hidden" name={consultationContextFields.returnTo} value={returnTo} />
      <input type="hidden" name={inquiryFormFields.formToken} value={formToken} />
      <div className="consultation-form__field">
        <label htmlFor={controlId('name')}>
          {words.name} {required}
        </label>
        <input
          id={controlId('name')}
          name={inquiryFormFields.name}
          type="text"
          autoComplete="name"
          required
          maxLength={200}
          defaultValue={values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name', errors)}
        />
        <FieldMessage field="name" errors={errors} />
      </div>
      <div className="consultation-form__field">
        <label htmlFor={controlId('email')}>
          {words.email} {required}
        </label>
        <input
          id={controlId('email')}
          name={inquiryFormFields.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email', errors)}
        />
        <FieldMessage field="email" errors={errors} />
      </div>
      <div className="consultation-form__field">
        <label htmlFor={controlId('language')}>
          {words.language} {required}
        </label>
        <select
          id={controlId('language')}
          name={inquiryFormFields.language}
          required
          defaultValue={values.language ?? locale}
          aria-invalid={errors.language ? true : undefined}
          aria-describedby={describedBy('language', errors)}
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {localeLabels[code]}
            </option>
          ))}
        </select>
        <FieldMessage field="language" errors={errors} />
      </div>
      <div className="consultation-form__field">
        <label htmlFor={controlId('topic')}>
          {words.topic} {required}
        </label>
        <select
          id={controlId('topic')}
          name={inquiryFormFields.topic}
          required
          defaultValue={values.topic ?? NOT_SURE}
          aria-invalid={errors.topic ? true : undefined}
          aria-describedby={describedBy('topic', errors)}
        >
          {topics.map((topic) => (
            <option key={topic.id} value={String(topic.id)}>
              {topic.name}
            </option>
          ))}
          <option value={NOT_SURE}>{words.notSure}</option>
        </select>
        <FieldMessage field="topic" errors={errors} />
      </div>
      <div className="consultation-form__field">
        <label htmlFor={controlId('message')}>
          {words.message} {required}
        </label>
        <textarea
          id={controlId('message')}
          name={inquiryFormFields.message}
          rows={8}
          required
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', errors, 'consultation-no-health-details')}
        />
        <FieldMessage field="message" errors={errors} />
      </div>
      {/* The honeypot: out of sight, out of the tab order and of the accessibility tree. */}
      <div className="consultation-form__honeypot" aria-hidden="true" hidden>
        <label htmlFor="consultation-contact-reference">{words.honeypot}</label>
        <input
          id="consultation-contact-reference"
          name={inquiryFormFields.honeypot}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <div className="consultation-form__field consultation-form__consent">
        <input
          id={controlId('consent')}
          name={inquiryFormFields.consent}
          type="checkbox"
          required
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={describedBy('consent', errors)}
        />
        <label htmlFor={controlId('consent')}>
          {consentText(words.consent, words.privacyPolicy, privacyPolicyPath)} {required}
        </label>
        <FieldMessage field="consent" errors={errors} />
      </div>
      <button type="submit" disabled={busy}>
        {words.submit}
      </button>
    </form>
  )
}

/** What replaces the form once a request is received. */
export function ConsultationSent({ locale, headingRef }: { locale: Locale; headingRef?: Ref<HTMLHeadingElement> }) {
  const words = getMessages(locale).consultation.form
  return (
    <div className="consultation-sent" role="status" data-testid="consultation-sent">
      <h2 ref={headingRef} tabIndex={-1}>
        {words.sentHeading}
      </h2>
      <p>{words.sent}</p>
    </div>
  )
}
