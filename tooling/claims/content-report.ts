/**
 * The two report formats of `claims:check` over the CMS's content: readable, grouped by document
 * with a link to its admin page; and JSON, one flat row per finding, for other tools.
 */
import type { ContentCheck, ContentFinding, DocumentReport } from './published-content'
import { countBySeverity, markedSentence, plural } from './text-report'

function findingLine(finding: ContentFinding): string {
  const locale = finding.status === 'draft' ? `${finding.locale} (draft)` : finding.locale
  const severity = finding.approved ? `${finding.severity} (approved by an admin)` : finding.severity
  return `  ${severity.padEnd(7)}  ${locale}  ${finding.field}  ${finding.ruleId}  ${markedSentence(finding)}  → ${finding.suggestion}`
}

function documentBlock(report: DocumentReport): string {
  const header = `${report.collection}  ${report.title || '(untitled)'}  ${report.adminUrl}`
  return [header, ...report.findings.map(findingLine)].join('\n')
}

function summary(check: ContentCheck): string {
  const scope = `${plural(check.checkedDocuments, 'document')} checked, ${check.drafts ? 'published and latest drafts' : 'published only'}`
  if (check.documents.length === 0) return `claims:check: no claims found (${scope})`
  const findings = check.documents.flatMap((report) => report.findings)
  const { errors, warnings } = countBySeverity(findings.filter((finding) => !finding.approved))
  const approved = findings.filter((finding) => finding.approved).length
  const overrides = approved > 0 ? `, ${approved} approved by an admin` : ''
  return `claims:check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${overrides} in ${plural(check.documents.length, 'document')} (${scope})`
}

export function formatContentHuman(check: ContentCheck): string {
  return [...check.documents.map(documentBlock), summary(check)].join('\n\n') + '\n'
}

export function contentToJson(check: ContentCheck): string {
  const rows = check.documents.flatMap(({ collection, id, title, adminUrl, findings }) =>
    findings.map(({ locale, status, approved, field, severity, ruleId, match, sentence, suggestion }) => ({
      collection,
      id,
      title,
      adminUrl,
      locale,
      status,
      approved,
      field,
      severity,
      ruleId,
      match,
      sentence,
      suggestion,
    })),
  )
  return `${JSON.stringify(rows, null, 2)}\n`
}

export function hasErrors(check: ContentCheck): boolean {
  return check.documents.some((report) =>
    report.findings.some((finding) => finding.severity === 'error' && !finding.approved),
  )
}
