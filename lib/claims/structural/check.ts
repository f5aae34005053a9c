/**
 * The structural claims matcher: reads each sentence with a morphological analyser (Japanese) or
 * a lemmatiser (English), fills the slots of a promise (slots.ts) and applies the rules
 * (rules.ts). The guard's matcher (../check.ts) runs it beside the phrase rules of the two
 * families that are fixed wordings (../phrases/).
 *
 * Await loadStructuralMatcher() once per process; checking is synchronous after that.
 */
import { isQuestion, isQuoted } from '../context'
import { verdictOf, type FoundWords } from '../finding'
import { normalise, originalSentence, originalSpan, splitSentences } from '../normalise'
import { loadAnalysers, loadedAnalysers, type Analysers } from './analysers'
import { structuralRules, type Severity, type StructuralCategory, type StructuralRule } from './rules'
import { readSentence, type Hit, type Reading } from './slots'
import type { Slot } from './vocabulary'

/** `match` holds the words that filled the rule's slots. */
export interface StructuralFinding extends FoundWords {
  category: StructuralCategory
}

/** Loads the analysers (once per process; later calls share the first load). */
export function loadStructuralMatcher(): Promise<Analysers> {
  return loadAnalysers()
}

/** Findings in `text`, one per rule and sentence at most, ordered by position. */
export function checkStructural(
  text: string,
  locale: 'ja' | 'en',
  rules: StructuralRule[] = structuralRules,
): StructuralFinding[] {
  const analysers = loadedAnalysers()
  const analyse = locale === 'ja' ? analysers.japanese : analysers.english
  const normalised = normalise(text, locale === 'ja')
  const findings: StructuralFinding[] = []

  for (const span of splitSentences(normalised.text, locale)) {
    const sentence = normalised.text.slice(span.start, span.end)
    const reading = readSentence(analyse(sentence), locale)
    if (reading.denied) continue
    const lineStart = normalised.text.lastIndexOf('\n', span.start - 1) + 1
    const line = normalised.text.slice(lineStart)
    const quotedHits = new Set(reading.hits.filter((hit) => isQuoted(line, span.start - lineStart + hit.start)))
    const quoted = (hit: Hit) => quotedHits.has(hit)
    const context = {
      question: isQuestion(sentence, locale) && !reading.rhetorical,
      caution: reading.hits.some((hit) => hit.slot === 'caution' && !quoted(hit)),
      hedge: reading.hits.some((hit) => hit.slot === 'hedge' && !quoted(hit)),
    }
    const { sentence: written, sentenceStart } = originalSentence(text, normalised, span)

    for (const rule of rules) {
      const matched = match(rule, reading, quoted)
      if (!matched) continue
      const severity = severityInContext(rule, matched.quoted, context)
      if (severity === null) continue
      const from = Math.min(...matched.hits.map((hit) => hit.start))
      const to = Math.max(...matched.hits.map((hit) => hit.end))
      const { start, end } = originalSpan(normalised, span.start + from, span.start + to)
      const hedged = severity === 'warning' && rule.severity === 'error' && context.hedge && rule.hedgeable
      findings.push({
        ruleId: hedged ? `${rule.id}.hedged` : rule.id,
        category: hedged ? 'hedged-efficacy' : rule.category,
        severity,
        locale,
        match: text.slice(start, end),
        sentence: written,
        sentenceStart,
        start,
        end,
        why: rule.why[locale],
        suggestion: rule.suggestion[locale],
      })
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The hits that satisfy a rule in a sentence, and whether it needed quoted ones; null if none. */
function match(
  rule: StructuralRule,
  reading: Reading,
  quoted: (hit: Hit) => boolean,
): { hits: Hit[]; quoted: boolean } | null {
  if (rule.negatable && reading.negated) return null
  const present = (slot: Slot, allowQuoted: boolean) =>
    reading.hits.filter((hit) => hit.slot === slot && (allowQuoted || !quoted(hit)))
  if (rule.unless?.some((slot) => present(slot, true).length > 0)) return null

  for (const allowQuoted of [false, true]) {
    const chosen: Hit[] = []
    const fill = (slot: Slot) => {
      const hits = present(slot, allowQuoted || (rule.quotedAllowed?.includes(slot) ?? false))
      if (hits.length > 0) chosen.push(hits[0]!)
      return hits.length > 0
    }
    if (!rule.all.every(fill)) continue
    if (rule.any && !rule.any.some(fill)) continue
    if (chosen.length === 0) continue
    if (rule.within !== undefined && !near(rule, reading, allowQuoted, quoted)) continue
    const needsQuoted = allowQuoted && !rule.quotedAllowed
    return { hits: chosen, quoted: needsQuoted }
  }
  return null
}

/** Whether some hits of the rule's slots lie within `rule.within` words of each other. */
function near(rule: StructuralRule, reading: Reading, allowQuoted: boolean, quoted: (hit: Hit) => boolean): boolean {
  const [first, second] = rule.all
  if (!first || !second) return true
  const of = (slot: Slot) => reading.hits.filter((hit) => hit.slot === slot && (allowQuoted || !quoted(hit)))
  return of(first).some((a) =>
    of(second).some((b) => Math.abs(a.from - b.from) <= rule.within! || Math.abs(a.to - b.to) <= rule.within!),
  )
}

/**
 * The severity to report: quotations, questions and cautions examine a claim rather than make it,
 * so they are shown as warnings; a hedge turns a promise into hedged efficacy (a warning too).
 */
function severityInContext(
  rule: StructuralRule,
  quoted: boolean,
  context: { question: boolean; caution: boolean; hedge: boolean },
): Severity | null {
  if (rule.severity === 'warning') return 'warning'
  if (quoted || context.question || context.caution) return 'warning'
  if (rule.hedgeable && context.hedge) return 'warning'
  return 'error'
}

/** The most severe finding of a text, or pass: the verdict claims:eval compares with the corpus. */
export function structuralVerdict(text: string, locale: 'ja' | 'en'): Severity | 'pass' {
  return verdictOf(checkStructural(text, locale))
}
