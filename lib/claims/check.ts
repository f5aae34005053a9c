/**
 * The claims guard's matcher: finds phrases that turn a characteristic into a promise of
 * efficacy or safety. Pure (no I/O), so the CLI, editor hooks and tests share it.
 */
import { hasCitation, isNegated, isQuestion, isQuoted } from './context'
import { normalise, originalSpan, splitSentences, type Span } from './normalise'
import { claimRules, type ClaimRule, type Severity } from './rules'

export type { ClaimRule, Severity } from './rules'

export interface Finding {
  ruleId: string
  severity: Severity
  family: ClaimRule['family']
  locale: 'ja' | 'en'
  /** The phrase as written in the original text: `text.slice(start, end)`. */
  match: string
  /** The original sentence containing the phrase, trimmed. */
  sentence: string
  start: number
  end: number
  why: string
  suggestion: string
}

/** Findings in `text` for the rules of `locale`, ordered by position. */
export function checkText(text: string, locale: 'ja' | 'en', rules: ClaimRule[] = claimRules): Finding[] {
  return checkTextWithSentences(text, locale, rules).map(({ finding }) => finding)
}

/**
 * As checkText, also giving where each finding's sentence starts in the original text, so a
 * report can mark the exact occurrence of a phrase that appears twice in one sentence.
 */
export function checkTextWithSentences(
  text: string,
  locale: 'ja' | 'en',
  rules: ClaimRule[] = claimRules,
): { finding: Finding; sentenceStart: number }[] {
  const normalised = normalise(text, locale === 'ja')
  const localeRules = rules.filter((rule) => rule.locale === locale)
  const candidates: { finding: Finding; sentenceStart: number; order: number }[] = []

  for (const span of splitSentences(normalised.text, locale)) {
    const sentence = normalised.text.slice(span.start, span.end)
    const original = originalSpan(normalised, span.start, span.end)
    const leading = text.slice(original.start, original.end).search(/\S/)
    const sentenceStart = original.start + Math.max(0, leading)
    const originalSentence = text.slice(original.start, original.end).trim()

    localeRules.forEach((rule, order) => {
      for (const match of sentence.matchAll(globalPattern(rule.pattern))) {
        if (match[0] === '') continue
        const at = { start: match.index, end: match.index + match[0].length }
        const severity = severityInContext(rule, sentence, at, normalised.text, span, locale)
        if (severity === null) continue
        const { start, end } = originalSpan(normalised, span.start + at.start, span.start + at.end)
        const finding: Finding = {
          ruleId: rule.id,
          severity,
          family: rule.family,
          locale,
          match: text.slice(start, end),
          sentence: originalSentence,
          start,
          end,
          why: rule.why,
          suggestion: rule.suggestion,
        }
        candidates.push({ finding, sentenceStart, order })
      }
    })
  }
  return distinct(candidates)
}

/** The severity to report for a match, or null when its context shows it is not a claim. */
function severityInContext(
  rule: ClaimRule,
  sentence: string,
  at: Span,
  text: string,
  span: Span,
  locale: 'ja' | 'en',
): Severity | null {
  if (isNegated(sentence, at.start, at.end, locale)) return null
  if (rule.family === 'invented-authority' && hasCitation(sentence)) return null
  // Quotes are tracked over the whole line: a quoted claim may span several sentences.
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const examined = isQuestion(sentence, locale) || isQuoted(text.slice(lineStart), span.start + at.start - lineStart)
  return examined ? 'warning' : rule.severity
}

/** Patterns are written without flags for iteration; matchAll needs g (and y would anchor). */
function globalPattern(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`)
}

/**
 * One finding per distinct match: the same span found by two rules is reported once, and within
 * a family overlapping matches (「必ず治る」 inside a longer guarantee) keep the earliest, longest
 * one. Overlaps across families are kept, since they are different problems.
 */
function distinct<T extends { finding: Finding; order: number }>(candidates: T[]): T[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.finding.start - b.finding.start ||
      b.finding.end - a.finding.end ||
      rank(a.finding.severity) - rank(b.finding.severity) ||
      a.order - b.order,
  )
  const kept: T[] = []
  for (const candidate of sorted) {
    const { finding } = candidate
    const duplicate = kept.some(
      ({ finding: other }) =>
        (other.start === finding.start && other.end === finding.end) ||
        (other.family === finding.family && other.start < finding.end && finding.start < other.end),
    )
    if (!duplicate) kept.push(candidate)
  }
  return kept
}

function rank(severity: Severity): number {
  return severity === 'error' ? 0 : 1
}
