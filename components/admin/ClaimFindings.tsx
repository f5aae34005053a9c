'use client'

/**
 * The claims guard's findings in the edit view, as the editor writes: the form's current values
 * in the locale being edited go to the server (POST /api/claims/check, plugins/claims-guard/
 * endpoint.ts), which runs the same matcher as the publish check. The matcher's dictionaries stay
 * on the server: nothing of lib/claims is imported here. Each finding gives the rule, its
 * severity, the field, the sentence with the words marked, why it is a problem and a calmer way
 * to say it.
 */
import { useAllFormFields, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

/** The server's finding, as plugins/claims-guard/endpoint.ts sends it (lib/claims/document-text.ts). */
interface Finding {
  ruleId: string
  severity: 'error' | 'warning'
  field: string
  match: string
  sentence: string
  why: string
  suggestion: string
}

/** Long enough to wait for a pause in typing, short enough to feel immediate. */
const DEBOUNCE_MS = 500

const labels = {
  ja: {
    title: '表現チェック',
    none: '効果や安全性を約束する表現は見つかりません。',
    checking: '確認中…',
    unreachable: 'サーバーに接続できないため、表現を確認できません。保存時・公開時には確認されます。',
    error: 'エラー',
    warning: '注意',
    why: '理由',
    suggestion: '言い換えの例',
  },
  en: {
    title: 'Claims check',
    none: 'No promises of efficacy or safety found.',
    checking: 'Checking…',
    unreachable:
      'The server cannot be reached, so the text is not checked now. It is checked when you save or publish.',
    error: 'Error',
    warning: 'Warning',
    why: 'Why',
    suggestion: 'Suggested',
  },
}

/** The server's last answer, and the question (the request body) it answered. */
interface Answer {
  body: string
  findings?: Finding[]
  unreachable?: boolean
}

type Status = 'checking' | 'done' | 'unreachable'

function Marked({ finding }: { finding: Finding }) {
  const at = finding.sentence.indexOf(finding.match)
  if (at === -1) return <>{finding.sentence}</>
  return (
    <>
      {finding.sentence.slice(0, at)}
      <mark>{finding.match}</mark>
      {finding.sentence.slice(at + finding.match.length)}
    </>
  )
}

/**
 * The server's findings for `data`, asked again (the previous question dropped) after each pause in
 * typing. The last findings stay in view while the next are asked, so the list does not flicker.
 */
function useServerFindings(
  collection: string | undefined,
  locale: 'ja' | 'en',
  data: Record<string, unknown>,
): { status: Status; findings?: Finding[] } {
  const { config } = useConfig()
  const [answer, setAnswer] = useState<Answer | undefined>(undefined)
  const body = useMemo(() => JSON.stringify({ collection, locale, data }), [collection, locale, data])
  useEffect(() => {
    if (!collection) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/claims/check`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(`claims check answered ${response.status}`)
        const { findings } = (await response.json()) as { findings: Finding[] }
        setAnswer({ body, findings })
      } catch {
        if (!controller.signal.aborted) setAnswer((previous) => ({ ...previous, body, unreachable: true }))
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [body, collection, config.routes.api, config.serverURL])
  const status: Status = answer?.body !== body ? 'checking' : answer.unreachable ? 'unreachable' : 'done'
  return { status, findings: answer?.findings }
}

export function ClaimFindings() {
  const [fields] = useAllFormFields()
  const { code } = useLocale()
  const { collectionSlug } = useDocumentInfo()
  const locale = code === 'en' ? 'en' : 'ja'
  const text = labels[locale]
  const values = useMemo(() => reduceFieldsToValues(fields, true) as Record<string, unknown>, [fields])
  const { status, findings } = useServerFindings(collectionSlug, locale, values)
  return (
    <div className="field-type claim-findings" role="region" aria-label={text.title}>
      <p className="field-label">{text.title}</p>
      <div aria-live="polite" aria-busy={status === 'checking'} data-status={status}>
        {status === 'checking' ? (
          <p className="claim-findings__status" data-status="checking">
            {text.checking}
          </p>
        ) : null}
        {status === 'unreachable' ? (
          <p className="claim-findings__status" data-status="unreachable">
            {text.unreachable}
          </p>
        ) : null}
        {status === 'done' && findings?.length === 0 ? <p>{text.none}</p> : null}
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {(findings ?? []).map((finding, index) => (
            <li
              key={index}
              data-severity={finding.severity}
              data-field={finding.field}
              style={{ marginBottom: '0.75rem' }}
            >
              <strong>{finding.severity === 'error' ? text.error : text.warning}</strong> · {finding.field} ·{' '}
              {finding.ruleId}
              <br />
              <Marked finding={finding} />
              <br />
              {text.why}: {finding.why}
              <br />
              {text.suggestion}: {finding.suggestion}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
