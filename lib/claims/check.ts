/**
 * The claims guard's matcher: what the publish check, the admin's findings endpoint, claims:check
 * and claims:eval all run. Two matchers, each for what it reads best:
 *
 * - the structural matcher (./structural/) finds promises by their structure — a treatment, an
 *   outcome and a certainty, a scope, a permanence or a speed in one sentence, read through a
 *   morphological analyser (Japanese) or a lemmatiser (English) — so every inflection and most
 *   paraphrases of a promise are one rule;
 * - the phrase rules (./phrases/) keep the two families that are fixed wordings: invented
 *   authority and urgency (warnings).
 *
 * The analysers load once per process (about a second and 20 MB of dictionary): await
 * loadClaimsMatcher() before the first check; checking is synchronous after that. Server code
 * only: the admin asks the server (plugins/claims-guard) rather than shipping the dictionaries.
 */
import { verdictOf, type FoundWords, type Severity } from './finding'
import { checkPhrases } from './phrases/check'
import type { ClaimRule } from './phrases/rules'
import { checkStructural, loadStructuralMatcher } from './structural/check'
import type { StructuralCategory } from './structural/rules'

export type { Severity } from './finding'

/** What kind of problem a finding is: a structural rule's category or a phrase rule's family. */
export type ClaimCategory = StructuralCategory | ClaimRule['family']

/** A finding as the guard reports it; checkTextWithSentences gives its sentence's start beside it. */
export interface Finding extends Omit<FoundWords, 'sentenceStart'> {
  category: ClaimCategory
}

/** Loads the analysers (once per process; later calls share the first load) and says how long it took. */
export async function loadClaimsMatcher(): Promise<{ milliseconds: number; heapBytes: number }> {
  const { load } = await loadStructuralMatcher()
  return load
}

/** Findings in `text`, ordered by position. Throws if loadClaimsMatcher() has not finished. */
export function checkText(text: string, locale: 'ja' | 'en'): Finding[] {
  return checkTextWithSentences(text, locale).map(({ finding }) => finding)
}

/**
 * As checkText, also giving where each finding's sentence starts in the original text, so a
 * report can mark the exact occurrence of words that appear twice in one sentence.
 */
export function checkTextWithSentences(
  text: string,
  locale: 'ja' | 'en',
): { finding: Finding; sentenceStart: number }[] {
  const structural = checkStructural(text, locale).map(({ sentenceStart, ...finding }) => ({
    finding,
    sentenceStart,
  }))
  const phrases = checkPhrases(text, locale).map(({ sentenceStart, family, ...finding }) => ({
    finding: { ...finding, category: family },
    sentenceStart,
  }))
  return onePerCategoryAndSentence([...structural, ...phrases]).sort(
    (a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end,
  )
}

/**
 * Two rules of one category often fill the same sentence (「必ず治ります」 is both a certain and an
 * asserted outcome): the editor is shown the problem once, with the most severe, widest finding,
 * and an admin's override names it once.
 */
function onePerCategoryAndSentence<T extends { finding: Finding; sentenceStart: number }>(found: T[]): T[] {
  const kept = new Map<string, T>()
  for (const candidate of found) {
    const key = `${candidate.sentenceStart}|${candidate.finding.category}`
    const other = kept.get(key)
    if (!other || outranks(candidate.finding, other.finding)) kept.set(key, candidate)
  }
  return [...kept.values()]
}

function outranks(a: Finding, b: Finding): boolean {
  if (a.severity !== b.severity) return a.severity === 'error'
  return a.end - a.start > b.end - b.start
}

/** The most severe finding of a text, or pass: the verdict claims:eval compares with the corpus. */
export function verdict(text: string, locale: 'ja' | 'en'): Severity | 'pass' {
  return verdictOf(checkText(text, locale))
}
