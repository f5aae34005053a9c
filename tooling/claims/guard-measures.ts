/**
 * What claims:eval adds to the figures: the guard's figures on the development and held-out parts
 * of the corpus (corpus-split.ts), so over-fitting shows as a gap between the two; the analysers'
 * load time and memory; and how long checking takes.
 */
import { checkText, loadClaimsMatcher, verdict } from '../../lib/claims/check'
import { percentile } from '../bench/soak-figures'
import { corpusLanguages, type CorpusRecord } from './corpus'
import { corpusPart, corpusParts } from './corpus-split'
import { evaluateCorpus, percent, type Classify, type Figures } from './evaluate'
import { row, table } from './evaluation-report'

export interface GuardMeasures {
  classify: Classify
  report: string
  json: Record<string, unknown>
}

const COLUMNS = ['sentences', 'error recall', 'false errors', 'warning recall', 'pass warned']

export async function measureGuard(records: CorpusRecord[]): Promise<GuardMeasures> {
  const load = await loadClaimsMatcher()
  const verdicts = new Map<CorpusRecord, ReturnType<Classify>>()
  for (const record of records) verdicts.set(record, verdict(record.sentence, record.language))
  const classify: Classify = (sentence, language) =>
    verdicts.get(records.find((r) => r.sentence === sentence && r.language === language)!) ??
    verdict(sentence, language)

  const parts = corpusParts.map((part) => {
    const evaluation = evaluateCorpus(
      records.filter((record) => corpusPart(record) === part),
      classify,
    )
    return { part, evaluation }
  })

  // Speed: each language's corpus checked as one document (larger than an episode's text in that
  // language), after a warm-up, 20 times; both locales together per round, as an episode has both.
  const documents = corpusLanguages.map((language) => ({
    language,
    text: records
      .filter((record) => record.language === language)
      .map((record) => record.sentence)
      .join('\n'),
  }))
  const round = () => {
    const started = performance.now()
    for (const { text, language } of documents) checkText(text, language)
    return performance.now() - started
  }
  round()
  const rounds = Array.from({ length: 20 }, round).sort((a, b) => a - b)
  const characters = documents.reduce((sum, { text }) => sum + text.length, 0)
  const speed = { characters, p50: percentile(rounds, 0.5), p95: percentile(rounds, 0.95) }

  const partRows = parts.flatMap(({ part, evaluation }) => [
    ...Object.entries(evaluation.languages).map(([language, figures]) => row(`${part} ${language}`, figures)),
    row(`${part} all`, evaluation.overall),
  ])
  const report = [
    'By part of the corpus (the rules were tuned on development sentences; held-out ones are only measured)',
    table([['part', ...COLUMNS], ...partRows]),
    '',
    `Analysers: loaded in ${load.milliseconds.toFixed(0)} ms, heap +${(load.heapBytes / 2 ** 20).toFixed(0)} MB` +
      ` (resident ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB after checking)`,
    `Speed: both corpora as one document each (${characters} characters, both locales) checked in` +
      ` p50 ${speed.p50.toFixed(1)} ms, p95 ${speed.p95.toFixed(1)} ms over 20 rounds after warm-up`,
    '',
  ].join('\n')
  const json = {
    parts: Object.fromEntries(
      parts.map(({ part, evaluation }) => [
        part,
        { overall: evaluation.overall, languages: evaluation.languages } satisfies Record<string, unknown>,
      ]),
    ),
    analysers: load,
    speed,
  }
  return { classify, report, json }
}

export type { Figures }
export { percent }
