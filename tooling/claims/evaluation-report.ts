/**
 * The human report of claims:eval: the figures per language and per category, then every miss and
 * every false error with its sentence, so a reader can see what the rules do not yet catch.
 */
import path from 'node:path'

import {
  ERROR_RECALL_MINIMUM,
  FALSE_ERROR_RATE_MAXIMUM,
  percent,
  type Evaluation,
  type Figures,
  type Outcome,
  type Rate,
} from './evaluate'

const COLUMNS = ['sentences', 'error recall', 'false errors', 'warning recall', 'pass warned']

function cell(value: Rate): string {
  return value.rate === null ? '–' : `${percent(value.rate)} (${value.found}/${value.of})`
}

export function row(name: string, figures: Figures): string[] {
  return [
    name,
    String(figures.sentences),
    cell(figures.errorRecall),
    cell(figures.falseErrorRate),
    cell(figures.warningRecall),
    cell(figures.passWarned),
  ]
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)))
  return rows
    .map((cells) =>
      cells
        .map((text, column) => text.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

function outcomeLine({ record, verdict }: Outcome): string {
  const where = `${record.source} ${record.category}, found ${verdict}`
  return `  ${where}\n    ${record.sentence}${record.note ? `\n    (${record.note})` : ''}`
}

function outcomeList(title: string, outcomes: Outcome[]): string {
  if (outcomes.length === 0) return `${title}: none\n`
  return `${title} (${outcomes.length}):\n${outcomes.map(outcomeLine).join('\n')}\n`
}

export function formatEvaluation(evaluation: Evaluation, corpusDirectory: string, extra?: string): string {
  const languages = Object.entries(evaluation.languages).map(([language, figures]) => row(language, figures))
  const categories = evaluation.categories.map(({ language, category, figures }) =>
    row(`${language} ${category}`, figures),
  )
  const verdict =
    evaluation.failures.length === 0
      ? 'PASS: every language meets the bar'
      : `FAIL:\n${evaluation.failures.map((failure) => `  ${failure}`).join('\n')}`
  return [
    `Claims guard on the labelled corpus in ${path.relative(process.cwd(), corpusDirectory) || '.'}`,
    '',
    table([['', ...COLUMNS], ...languages, row('all', evaluation.overall)]),
    '',
    ...(extra ? [extra] : []),
    table([['category', ...COLUMNS], ...categories]),
    '',
    outcomeList('Misses (errors not found as errors, warnings not found)', evaluation.misses),
    outcomeList('False errors (warnings and passes found as errors)', evaluation.falseErrors),
    `Bar, per language: error recall ≥ ${percent(ERROR_RECALL_MINIMUM)}, false errors ≤ ${percent(FALSE_ERROR_RATE_MAXIMUM)}`,
    verdict,
    '',
  ].join('\n')
}
