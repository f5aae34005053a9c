'use client'
/**
 * The form with JavaScript: sent as JSON without leaving the page, field messages shown where the
 * fields are, then the confirmation in place of the form. Focus goes to the error summary or to the
 * confirmation's heading, and both are announced. Without JavaScript the same markup posts as a
 * plain form (ConsultationFormView).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'

import { getMessages } from '@/lib/i18n/messages'

import {
  ConsultationFormView,
  ConsultationSent,
  CONSULTATION_SUBMIT_PATH,
  type ConsultationErrors,
  type ConsultationFormViewProps,
} from './ConsultationFormView'

type EnhancerProps = Omit<ConsultationFormViewProps, 'values' | 'errors' | 'busy' | 'failure' | 'summaryRef'>

export function ConsultationFormEnhancer(props: EnhancerProps) {
  const [errors, setErrors] = useState<ConsultationErrors>({})
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()
  const [sent, setSent] = useState(false)
  const summary = useRef<HTMLDivElement>(null)
  const sentHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (sent) sentHeading.current?.focus()
  }, [sent])

  async function send(event: FormEvent<HTMLDivElement>) {
    const form = event.target
    if (!(form instanceof HTMLFormElement) || busy) return
    event.preventDefault()
    const fields = Object.fromEntries(new FormData(form))
    setBusy(true)
    setFailure(undefined)
    try {
      const response = await fetch(CONSULTATION_SUBMIT_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(fields),
      })
      const answer = (await response.json().catch(() => ({}))) as { ok?: boolean; errors?: ConsultationErrors }
      if (response.ok && answer.ok) {
        setSent(true)
        return
      }
      if (response.status === 400 && answer.errors) setErrors(answer.errors)
      else setFailure(getMessages(props.locale).consultation.form.failed)
    } catch {
      setFailure(getMessages(props.locale).consultation.form.failed)
    } finally {
      setBusy(false)
    }
    // After the messages are drawn: the summary lists them and links to each field.
    requestAnimationFrame(() => summary.current?.focus())
  }

  if (sent) return <ConsultationSent locale={props.locale} headingRef={sentHeading} />
  return (
    <div onSubmit={send}>
      <ConsultationFormView {...props} errors={errors} busy={busy} failure={failure} summaryRef={summary} />
    </div>
  )
}
