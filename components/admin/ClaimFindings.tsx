'use client'

/**
 * The claims guard's findings in the edit view, as the editor writes: the same matcher the
 * server runs on publish (lib/claims), over the form's current values in the locale being
 * edited. Each finding gives the rule, its severity, the field, the sentence with the phrase
 * marked, why it is a problem and a calmer way to say it.
 */
import { useAllFormFields, useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import type { Field } from 'payload'

import { checkDocument, type DocumentFinding } from '@/lib/claims/document-text'

const labels = {
  ja: {
    none: '効果や安全性を約束する表現は見つかりません。',
    error: 'エラー',
    warning: '注意',
    why: '理由',
    suggestion: '言い換えの例',
  },
  en: {
    none: 'No promises of efficacy or safety found.',
    error: 'Error',
    warning: 'Warning',
    why: 'Why',
    suggestion: 'Suggested',
  },
}

function Marked({ finding }: { finding: DocumentFinding }) {
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

export function ClaimFindings() {
  const [fields] = useAllFormFields()
  const { code } = useLocale()
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const locale = code === 'en' ? 'en' : 'ja'
  const text = labels[locale]
  const config = collectionSlug ? getEntityConfig({ collectionSlug }) : undefined
  const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
  const findings = config ? checkDocument(config.fields as unknown as Field[], values, locale) : []
  return (
    <div
      className="field-type claim-findings"
      role="region"
      aria-label={locale === 'ja' ? '表現チェック' : 'Claims check'}
    >
      <p className="field-label">{locale === 'ja' ? '表現チェック' : 'Claims check'}</p>
      {findings.length === 0 ? <p>{text.none}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {findings.map((finding, index) => (
          <li key={index} data-severity={finding.severity} style={{ marginBottom: '0.75rem' }}>
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
  )
}
