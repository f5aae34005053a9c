/**
 * What every claims matcher reports (the structural one, the phrase rules, and the guard that
 * combines them in ./check.ts), and the verdict a text gets from its findings.
 */
export type Severity = 'error' | 'warning'

/** The words a rule found, with where they are and what to tell the editor. */
export interface FoundWords {
  ruleId: string
  severity: Severity
  locale: 'ja' | 'en'
  /** The words as written in the original text: `text.slice(start, end)`. */
  match: string
  /** The original sentence containing them, trimmed. */
  sentence: string
  /** Where that sentence starts in the original text. */
  sentenceStart: number
  start: number
  end: number
  why: string
  suggestion: string
}

/** The most severe finding, or pass when there is none: what claims:eval compares with the corpus. */
export function verdictOf(findings: { severity: Severity }[]): Severity | 'pass' {
  const severities = findings.map((finding) => finding.severity)
  if (severities.includes('error')) return 'error'
  return severities.includes('warning') ? 'warning' : 'pass'
}
