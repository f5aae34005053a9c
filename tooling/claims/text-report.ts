/**
 * Line-by-line checking and the two report formats of `claims:check --text-file`. Editors think
 * in lines, so each finding carries its 1-based line number. The phrase marking and counting
 * helpers are shared with the database report (content-report.ts).
 */
import { checkTextWithSentences, type Finding } from '../../lib/claims/check'

export interface LineFinding extends Finding {
  /** 1-based line number in the checked text. */
  line: number
}

// Where each finding's sentence starts, so the human report marks the exact occurrence of a
// phrase even when it appears twice in one sentence. Kept aside to leave LineFinding plain data.
const sentenceStarts = new WeakMap<LineFinding, number>()

/** Findings per line; `start`/`end` index into the whole `text`. Await loadClaimsMatcher() first. */
export function checkLines(text: string, locale: 'ja' | 'en'): LineFinding[] {
  const findings: LineFinding[] = []
  let lineStart = 0
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    for (const { finding, sentenceStart } of checkTextWithSentences(line, locale)) {
      const lineFinding: LineFinding = {
        ...finding,
        start: finding.start + lineStart,
        end: finding.end + lineStart,
        line: index + 1,
      }
      sentenceStarts.set(lineFinding, sentenceStart + lineStart)
      findings.push(lineFinding)
    }
    lineStart += rawLine.length + 1
  })
  return findings
}

/**
 * The sentence with the phrase marked: 【必ず治る】 in Japanese, [[cures]] in English. Without
 * `sentenceStart` (where the sentence begins in the checked text) the first occurrence is marked.
 */
export function markedSentence(finding: Finding, sentenceStart?: number): string {
  const [open, close] = finding.locale === 'ja' ? ['【', '】'] : ['[[', ']]']
  const offset = sentenceStart === undefined ? finding.sentence.indexOf(finding.match) : finding.start - sentenceStart
  if (offset < 0 || finding.sentence.slice(offset, offset + finding.match.length) !== finding.match) {
    return `${finding.sentence} ${open}${finding.match}${close}`
  }
  const after = offset + finding.match.length
  return `${finding.sentence.slice(0, offset)}${open}${finding.match}${close}${finding.sentence.slice(after)}`
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((finding) => finding.severity === 'error').length
  return { errors, warnings: findings.length - errors }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** A readable report: one block per finding, then a summary line. */
export function formatHuman(findings: LineFinding[], fileName: string): string {
  const blocks = findings.map((finding) =>
    [
      `${fileName}:${finding.line}  ${finding.severity}  ${finding.ruleId}`,
      `  ${markedSentence(finding, sentenceStarts.get(finding))}`,
      `  why: ${finding.why}`,
      `  suggestion: ${finding.suggestion}`,
    ].join('\n'),
  )
  const { errors, warnings } = countBySeverity(findings)
  const summary =
    findings.length === 0
      ? `${fileName}: no claims found`
      : `${fileName}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  return [...blocks, summary].join('\n\n') + '\n'
}

/** Machine-readable report for editors and CI. */
export function toJson(findings: LineFinding[]): string {
  const report = {
    findings: findings.map(({ line, severity, ruleId, match, suggestion, why, sentence }) => ({
      line,
      severity,
      ruleId,
      match,
      suggestion,
      why,
      sentence,
    })),
    ...countBySeverity(findings),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}
