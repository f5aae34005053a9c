/**
 * claims:eval — runs the claims guard's matcher (lib/claims/check.ts, the one claims:check and the
 * admin use) over the labelled corpus (tooling/claims/corpus.ts) and measures it:
 *
 * - error recall: of the sentences that must be refused, the share found as an error;
 * - false-error rate: of the sentences that must not be refused (warnings and passes), the share
 *   found as an error anyway;
 * - warning recall: of the hedged claims and price inducements, the share found at all.
 *
 * Pure apart from the matcher it is given; the command line is evaluation-command-line.ts.
 */
import { verdict } from '../../lib/claims/check'
import {
  corpusCategories,
  corpusLanguages,
  type CorpusCategory,
  type CorpusLanguage,
  type CorpusRecord,
  type ExpectedLabel,
} from './corpus'

/** The bar (issue 17): each language must find at least this share of the errors… */
export const ERROR_RECALL_MINIMUM = 0.95
/** …and refuse at most this share of the sentences that are not errors. */
export const FALSE_ERROR_RATE_MAXIMUM = 0.03

/** What the guard made of a sentence: its most severe finding, or pass when it found nothing. */
export type Verdict = ExpectedLabel
export type Classify = (sentence: string, language: CorpusLanguage) => Verdict

/** The guard's verdict on a sentence; await loadClaimsMatcher() first. */
export function guardVerdict(sentence: string, language: CorpusLanguage): Verdict {
  return verdict(sentence, language)
}

/** `found` of `of`; `rate` is null when there is nothing to measure. */
export interface Rate {
  found: number
  of: number
  rate: number | null
}

export interface Figures {
  sentences: number
  errorRecall: Rate
  falseErrorRate: Rate
  warningRecall: Rate
  /** Pass sentences the guard shows a warning for: not counted against it, but noise for editors. */
  passWarned: Rate
}

export interface Outcome {
  record: CorpusRecord
  verdict: Verdict
}

export interface Evaluation {
  overall: Figures
  languages: Record<CorpusLanguage, Figures>
  categories: { language: CorpusLanguage; category: CorpusCategory; figures: Figures }[]
  /** Error sentences not found as errors, and warning sentences not found at all. */
  misses: Outcome[]
  /** Warning and pass sentences found as errors. */
  falseErrors: Outcome[]
  /** One line per language that misses a threshold; empty when the guard meets the bar. */
  failures: string[]
}

function rate(found: number, of: number): Rate {
  return { found, of, rate: of === 0 ? null : found / of }
}

/** The figures for a set of outcomes. */
export function figuresOf(outcomes: Outcome[]): Figures {
  const labelled = (label: ExpectedLabel) => outcomes.filter(({ record }) => record.label === label)
  const errors = labelled('error')
  const warnings = labelled('warning')
  const passes = labelled('pass')
  const notErrors = [...warnings, ...passes]
  return {
    sentences: outcomes.length,
    errorRecall: rate(errors.filter(({ verdict }) => verdict === 'error').length, errors.length),
    falseErrorRate: rate(notErrors.filter(({ verdict }) => verdict === 'error').length, notErrors.length),
    warningRecall: rate(warnings.filter(({ verdict }) => verdict !== 'pass').length, warnings.length),
    passWarned: rate(passes.filter(({ verdict }) => verdict === 'warning').length, passes.length),
  }
}

/** Why `figures` miss the bar, as readable phrases; empty when they meet it. */
export function thresholdFailures(figures: Figures): string[] {
  const failures: string[] = []
  const { errorRecall, falseErrorRate } = figures
  if (errorRecall.rate !== null && errorRecall.rate < ERROR_RECALL_MINIMUM) {
    failures.push(`error recall ${percent(errorRecall.rate)} is below ${percent(ERROR_RECALL_MINIMUM)}`)
  }
  if (falseErrorRate.rate !== null && falseErrorRate.rate > FALSE_ERROR_RATE_MAXIMUM) {
    failures.push(`false errors ${percent(falseErrorRate.rate)} are above ${percent(FALSE_ERROR_RATE_MAXIMUM)}`)
  }
  return failures
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`
}

/** Classifies every record and measures the result, overall, per language and per category. */
export function evaluateCorpus(records: CorpusRecord[], classify: Classify = guardVerdict): Evaluation {
  const outcomes = records.map((record) => ({ record, verdict: classify(record.sentence, record.language) }))
  const ofLanguage = (language: CorpusLanguage) => outcomes.filter(({ record }) => record.language === language)
  const languages = Object.fromEntries(
    corpusLanguages.map((language) => [language, figuresOf(ofLanguage(language))]),
  ) as Record<CorpusLanguage, Figures>

  const categories = corpusLanguages.flatMap((language) =>
    corpusCategories
      .map((category) => ({
        language,
        category,
        figures: figuresOf(ofLanguage(language).filter(({ record }) => record.category === category)),
      }))
      .filter(({ figures }) => figures.sentences > 0),
  )

  return {
    overall: figuresOf(outcomes),
    languages,
    categories,
    misses: outcomes.filter(
      ({ record, verdict }) =>
        (record.label === 'error' && verdict !== 'error') || (record.label === 'warning' && verdict === 'pass'),
    ),
    falseErrors: outcomes.filter(({ record, verdict }) => record.label !== 'error' && verdict === 'error'),
    failures: corpusLanguages.flatMap((language) =>
      thresholdFailures(languages[language]).map((failure) => `${language}: ${failure}`),
    ),
  }
}

/** The evaluation as JSON for other tools: the figures, the thresholds and every miss. */
export function evaluationToJson(evaluation: Evaluation, extra?: Record<string, unknown>): string {
  const outcome = ({ record, verdict }: Outcome) => ({
    language: record.language,
    category: record.category,
    expected: record.label,
    found: verdict,
    sentence: record.sentence,
    note: record.note,
    source: record.source,
  })
  const json = {
    passed: evaluation.failures.length === 0,
    thresholds: { errorRecallMinimum: ERROR_RECALL_MINIMUM, falseErrorRateMaximum: FALSE_ERROR_RATE_MAXIMUM },
    failures: evaluation.failures,
    overall: evaluation.overall,
    languages: evaluation.languages,
    categories: evaluation.categories,
    misses: evaluation.misses.map(outcome),
    falseErrors: evaluation.falseErrors.map(outcome),
    ...extra,
  }
  return `${JSON.stringify(json, null, 2)}\n`
}
