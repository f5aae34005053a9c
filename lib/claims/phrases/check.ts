/**
 * The phrase matcher: finds the fixed wordings of the phrase rules (./rules.ts) in a text, with
 * the context handling the whole guard shares (../context.ts: negation, questions, quotations,
 * citations). Pure (no I/O); the guard's matcher (../check.ts) runs it beside the structural one.
 */
import { hasCitation, isNegated, isQuestion, isQuoted } from '../context'
import type { FoundWords } from '../finding'
import { normalise, originalSentence, originalSpan, splitSentences, type Span } from '../normalise'
import { claimRules, type ClaimRule, type Severity } from './rules'

export interface PhraseFinding extends FoundWords {
  family: ClaimRule['family']
}

/** Findings in `text` for the phrase rules of `locale`, ordered by position. */
export function checkPhrases(text: string, locale: 'ja' | 'en', rules: ClaimRule[] = claimRules): PhraseFinding[] {
  const normalised = normalise(text, locale === 'ja')
  const localeRules = rules.filter((rule) => rule.locale === locale)
  const candidates: { finding: PhraseFinding; order: number }[] = []

  for (const span of splitSentences(normalised.text, locale)) {
    const sentence = normalised.text.slice(span.start, span.end)
    const { sentence: written, sentenceStart } = originalSentence(text, normalised, span)

    localeRules.forEach((rule, order) => {
      for (const match of sentence.matchAll(globalPattern(rule.pattern))) {
        if (match[0] === '') continue
        const at = { start: match.index, end: match.index + match[0].length }
        const severity = severityInContext(rule, sentence, at, normalised.text, span, locale)
        if (severity === null) continue
        const { start, end } = originalSpan(normalised, span.start + at.start, span.start + at.end)
        candidates.push({
          finding: {
            ruleId: rule.id,
            severity,
            family: rule.family,
            locale,
            match: text.slice(start, end),
            sentence: written,
            sentenceStart,
            start,
            end,
            why: rule.why,
            suggestion: rule.suggestion,
          },
          order,
        })
      }
    })
  }
  return distinct(candidates).map(({ finding }) => finding)
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
function distinct<T extends { finding: PhraseFinding; order: number }>(candidates: T[]): T[] {
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
