/**
 * The claims guard's labelled corpus (tests/fixtures/claims-corpus/<language>.tsv): sentences of
 * our own writing, each with the verdict the guard should reach. It is the yardstick the rules
 * are tuned against (docs/claims-corpus.md), so it is written and reviewed as data: one sentence
 * per line, tab-separated, appendable, readable in a diff.
 *
 *   language <TAB> label <TAB> category <TAB> sentence <TAB> note
 *
 * Lines starting with # and blank lines are ignored; the first non-comment line is the header.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type CorpusLanguage = 'ja' | 'en'
export const corpusLanguages: readonly CorpusLanguage[] = ['ja', 'en']

/** What the guard should do with the sentence: refuse it, show it, or let it through silently. */
export type ExpectedLabel = 'error' | 'warning' | 'pass'
export const expectedLabels: readonly ExpectedLabel[] = ['error', 'warning', 'pass']

/**
 * The categories (issue 17), each with the one label its sentences carry: the category
 * says what kind of sentence it is, the label what the guard must do with that kind.
 */
export const categoryLabels = {
  // Promises the column must never make (errors).
  'guaranteed-outcome': 'error',
  'cure-all': 'error',
  permanence: 'error',
  'absolute-safety': 'error',
  'outcome-statistics': 'error',
  testimonial: 'error',
  'before-after': 'error',
  superiority: 'error',
  superlative: 'error',
  'money-back': 'error',
  speed: 'error',
  // Claims an editor should look at again (warnings).
  'price-inducement': 'warning',
  'hedged-efficacy': 'warning',
  // The column's own voice and careful writing about claims (passes).
  'calm-explanation': 'pass',
  'cautious-paraphrase': 'pass',
  'reported-claim': 'pass',
  question: 'pass',
  negation: 'pass',
  'demo-content': 'pass',
} as const satisfies Record<string, ExpectedLabel>

export type CorpusCategory = keyof typeof categoryLabels
export const corpusCategories = Object.keys(categoryLabels) as CorpusCategory[]

export interface CorpusRecord {
  language: CorpusLanguage
  label: ExpectedLabel
  category: CorpusCategory
  sentence: string
  /** Why the label is what it is, where that is not obvious; '' otherwise. */
  note: string
  /** Where the record was read from, for messages: `ja.tsv:42`. */
  source: string
}

export const CORPUS_HEADER = ['language', 'label', 'category', 'sentence', 'note'] as const
export const corpusDirectory = fileURLToPath(new URL('../../tests/fixtures/claims-corpus', import.meta.url))

export class CorpusFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(`the claims corpus is malformed:\n${problems.join('\n')}`)
    this.name = 'CorpusFormatError'
  }
}

/**
 * The records of one corpus file, and every problem found in it (a wrong column count, an unknown
 * language, label or category, a label that does not fit the category, an empty sentence).
 */
export function parseCorpus(text: string, fileName: string): { records: CorpusRecord[]; problems: string[] } {
  const records: CorpusRecord[] = []
  const problems: string[] = []
  let headerSeen = false
  text.split(/\r?\n/).forEach((line, index) => {
    const source = `${fileName}:${index + 1}`
    if (line.trim() === '' || line.startsWith('#')) return
    const fields = line.split('\t')
    if (!headerSeen) {
      headerSeen = true
      if (fields.join('\t') !== CORPUS_HEADER.join('\t')) {
        problems.push(`${source}: the header must be ${CORPUS_HEADER.join(' <TAB> ')}`)
      }
      return
    }
    const record = parseRecord(fields, source)
    if (typeof record === 'string') problems.push(`${source}: ${record}`)
    else records.push(record)
  })
  if (!headerSeen) problems.push(`${fileName}: no header line`)
  return { records, problems }
}

function parseRecord(fields: string[], source: string): CorpusRecord | string {
  if (fields.length !== CORPUS_HEADER.length) {
    return `expected ${CORPUS_HEADER.length} tab-separated fields, found ${fields.length}`
  }
  const [language, label, category, sentence, note] = fields.map((field) => field.trim()) as [
    string,
    string,
    string,
    string,
    string,
  ]
  if (!isLanguage(language)) return `unknown language "${language}"`
  if (!isLabel(label)) return `unknown label "${label}"`
  if (!isCategory(category)) return `unknown category "${category}"`
  if (categoryLabels[category] !== label) {
    return `category ${category} is labelled ${categoryLabels[category]}, not ${label}`
  }
  if (sentence === '') return 'empty sentence'
  return { language, label, category, sentence, note, source }
}

function isLanguage(value: string): value is CorpusLanguage {
  return (corpusLanguages as readonly string[]).includes(value)
}

function isLabel(value: string): value is ExpectedLabel {
  return (expectedLabels as readonly string[]).includes(value)
}

function isCategory(value: string): value is CorpusCategory {
  return Object.hasOwn(categoryLabels, value)
}

/**
 * Two sentences that differ only in width, case, spacing or punctuation are the same sentence:
 * a duplicate would count one wording twice in the figures.
 */
export function duplicateKey(record: Pick<CorpusRecord, 'language' | 'sentence'>): string {
  const folded = record.sentence
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
  return `${record.language}:${folded}`
}

/** Every record of the corpus files in `directory` (<language>.tsv); throws on any problem. */
export function loadCorpus(directory: string = corpusDirectory): CorpusRecord[] {
  const records: CorpusRecord[] = []
  const problems: string[] = []
  for (const language of corpusLanguages) {
    const fileName = `${language}.tsv`
    const parsed = parseCorpus(readFileSync(path.join(directory, fileName), 'utf8'), fileName)
    problems.push(...parsed.problems)
    for (const record of parsed.records) {
      if (record.language !== language) problems.push(`${record.source}: a ${record.language} sentence in ${fileName}`)
      records.push(record)
    }
  }
  if (problems.length > 0) throw new CorpusFormatError(problems)
  return records
}
