/**
 * The claims guard's labelled corpus (tests/fixtures/claims-corpus) and claims:eval's arithmetic.
 * The corpus must keep the size and balance issue 17 asks for; the evaluation's figures are
 * checked on small corpora built here, where every count is known.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import {
  CORPUS_HEADER,
  categoryLabels,
  corpusCategories,
  corpusLanguages,
  duplicateKey,
  expectedLabels,
  loadCorpus,
  parseCorpus,
  type CorpusCategory,
  type CorpusLanguage,
  type CorpusRecord,
  type ExpectedLabel,
} from '@/tooling/claims/corpus'
import {
  ERROR_RECALL_MINIMUM,
  FALSE_ERROR_RATE_MAXIMUM,
  evaluateCorpus,
  figuresOf,
  guardVerdict,
  thresholdFailures,
  type Verdict,
} from '@/tooling/claims/evaluate'
import { loadClaimsMatcher } from '@/lib/claims/check'
import { runClaimsEval } from '@/tooling/claims/evaluation-command-line'

const corpus = loadCorpus()
const share = (part: number, whole: number) => part / whole

describe('the labelled corpus', () => {
  it('holds at least 500 sentences, at least 40 % of them passes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500)
    expect(share(corpus.filter((record) => record.label === 'pass').length, corpus.length)).toBeGreaterThanOrEqual(0.4)
  })

  describe.each(corpusLanguages)('in %s', (language) => {
    const records = corpus.filter((record) => record.language === language)

    it('holds at least 200 sentences, at least 40 % of them passes', () => {
      expect(records.length).toBeGreaterThanOrEqual(200)
      const passes = records.filter((record) => record.label === 'pass').length
      expect(share(passes, records.length)).toBeGreaterThanOrEqual(0.4)
    })

    it.each(corpusCategories)('has at least 15 sentences of category %s', (category) => {
      expect(records.filter((record) => record.category === category).length).toBeGreaterThanOrEqual(15)
    })
  })

  it('has no sentence twice, even in another width, case, spacing or punctuation', () => {
    const seen = new Map<string, string>()
    const duplicates: string[] = []
    for (const record of corpus) {
      const key = duplicateKey(record)
      const first = seen.get(key)
      if (first) duplicates.push(`${record.source} repeats ${first}`)
      else seen.set(key, record.source)
    }
    expect(duplicates).toEqual([])
  })

  it('quotes its demo-content sentences from the demo content as they are', () => {
    const demoContent = readFileSync(path.join(process.cwd(), 'tooling/seed/content.ts'), 'utf8')
    const missing = corpus
      .filter((record) => record.category === 'demo-content' && !demoContent.includes(record.sentence))
      .map((record) => record.source)
    expect(missing).toEqual([])
  })
})

describe('reading a corpus file', () => {
  const header = CORPUS_HEADER.join('\t')
  const parse = (...lines: string[]) => parseCorpus([header, ...lines].join('\n'), 'x.tsv')

  it('reads a record per line, skipping comments and blank lines', () => {
    const { records, problems } = parse('# a comment', '', 'ja\terror\tspeed\t一回で治ります。\tnote here')
    expect(problems).toEqual([])
    expect(records).toEqual([
      {
        language: 'ja',
        label: 'error',
        category: 'speed',
        sentence: '一回で治ります。',
        note: 'note here',
        source: 'x.tsv:4',
      },
    ])
  })

  // Every category with every label: only the category's own label is accepted.
  const pairs = corpusCategories.flatMap((category) => expectedLabels.map((label) => ({ category, label })))
  it.each(pairs)('accepts $category labelled $label only if that is its label', ({ category, label }) => {
    const { problems } = parse(`en\t${label}\t${category}\tA sentence.\t`)
    expect(problems.length === 0).toBe(categoryLabels[category] === label)
  })

  it.each([
    ['a missing column', 'en\terror\tspeed\tA sentence.', /expected 5 tab-separated fields, found 4/],
    ['an unknown language', 'fr\terror\tspeed\tUne phrase.\t', /unknown language "fr"/],
    ['an unknown label', 'en\tfail\tspeed\tA sentence.\t', /unknown label "fail"/],
    ['an unknown category', 'en\terror\tmiracles\tA sentence.\t', /unknown category "miracles"/],
    ['an empty sentence', 'en\terror\tspeed\t \t', /empty sentence/],
  ])('names the line with %s', (_, line, message) => {
    const { records, problems } = parse(line)
    expect(records).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^x\.tsv:2: /)
    expect(problems[0]).toMatch(message)
  })

  it('refuses a file without the header', () => {
    expect(parseCorpus('en\terror\tspeed\tA sentence.\t', 'x.tsv').problems).toEqual([
      'x.tsv:1: the header must be language <TAB> label <TAB> category <TAB> sentence <TAB> note',
    ])
  })

  it('treats width, case, spacing and punctuation as the same sentence', () => {
    const key = (sentence: string, language: CorpusLanguage = 'ja') => duplicateKey({ language, sentence })
    expect(key('必ず 治ります!')).toBe(key('必ず治ります。'))
    expect(key('ＡＢＣ')).toBe(key('abc'))
    expect(key('It heals.', 'en')).toBe(key('it  heals', 'en'))
    expect(key('It heals.', 'ja')).not.toBe(key('It heals.', 'en'))
  })
})

// A record of a constructed corpus; the sentence names it, so a stub can answer for it.
function record(language: CorpusLanguage, label: ExpectedLabel, sentence: string): CorpusRecord {
  const category = corpusCategories.find((candidate) => categoryLabels[candidate] === label) as CorpusCategory
  return { language, label, category, sentence, note: '', source: `${language}.tsv` }
}

// A classifier that answers from a table: the verdicts are the test's, not the matcher's.
function classifierOf(verdicts: Map<string, Verdict>) {
  return (sentence: string) => verdicts.get(sentence)!
}

describe('the evaluation', () => {
  // Every expected label with every verdict, one record each: which figure each one moves.
  const cases = expectedLabels.flatMap((label) => expectedLabels.map((verdict) => ({ label, verdict })))
  it.each(cases)('counts a $label sentence found as $verdict where it belongs', ({ label, verdict }) => {
    const evaluation = evaluateCorpus([record('en', label, 'it')], () => verdict)
    const { errorRecall, falseErrorRate, warningRecall, passWarned } = evaluation.overall
    expect(errorRecall).toMatchObject({
      of: label === 'error' ? 1 : 0,
      found: label === 'error' && verdict === 'error' ? 1 : 0,
    })
    expect(falseErrorRate).toMatchObject({
      of: label === 'error' ? 0 : 1,
      found: label !== 'error' && verdict === 'error' ? 1 : 0,
    })
    expect(warningRecall).toMatchObject({
      of: label === 'warning' ? 1 : 0,
      found: label === 'warning' && verdict !== 'pass' ? 1 : 0,
    })
    expect(passWarned).toMatchObject({
      of: label === 'pass' ? 1 : 0,
      found: label === 'pass' && verdict === 'warning' ? 1 : 0,
    })

    const missed = (label === 'error' && verdict !== 'error') || (label === 'warning' && verdict === 'pass')
    expect(evaluation.misses).toHaveLength(missed ? 1 : 0)
    expect(evaluation.falseErrors).toHaveLength(label !== 'error' && verdict === 'error' ? 1 : 0)
  })

  it('measures each language and category on its own sentences', () => {
    const verdicts = new Map<string, Verdict>([
      ['error found', 'error'],
      ['error shown as a warning', 'warning'],
      ['warning refused', 'error'],
      ['warning unseen', 'pass'],
      ['pass warned', 'warning'],
      ['pass quiet', 'pass'],
      ['english error found', 'error'],
      ['english pass quiet', 'pass'],
    ])
    const records = [
      record('ja', 'error', 'error found'),
      record('ja', 'error', 'error shown as a warning'),
      record('ja', 'warning', 'warning refused'),
      record('ja', 'warning', 'warning unseen'),
      record('ja', 'pass', 'pass warned'),
      record('ja', 'pass', 'pass quiet'),
      record('en', 'error', 'english error found'),
      record('en', 'pass', 'english pass quiet'),
    ]
    const evaluation = evaluateCorpus(records, classifierOf(verdicts))

    expect(evaluation.languages.ja).toEqual({
      sentences: 6,
      errorRecall: { found: 1, of: 2, rate: 0.5 },
      falseErrorRate: { found: 1, of: 4, rate: 0.25 },
      warningRecall: { found: 1, of: 2, rate: 0.5 },
      passWarned: { found: 1, of: 2, rate: 0.5 },
    })
    expect(evaluation.languages.en).toEqual({
      sentences: 2,
      errorRecall: { found: 1, of: 1, rate: 1 },
      falseErrorRate: { found: 0, of: 1, rate: 0 },
      warningRecall: { found: 0, of: 0, rate: null },
      passWarned: { found: 0, of: 1, rate: 0 },
    })
    expect(evaluation.overall.errorRecall).toEqual({ found: 2, of: 3, rate: 2 / 3 })
    expect(
      evaluation.categories.map(({ language, category, figures }) => [language, category, figures.sentences]),
    ).toEqual([
      ['ja', 'guaranteed-outcome', 2],
      ['ja', 'price-inducement', 2],
      ['ja', 'calm-explanation', 2],
      ['en', 'guaranteed-outcome', 1],
      ['en', 'calm-explanation', 1],
    ])
    expect(evaluation.misses.map(({ record }) => record.sentence)).toEqual([
      'error shown as a warning',
      'warning unseen',
    ])
    expect(evaluation.falseErrors.map(({ record }) => record.sentence)).toEqual(['warning refused'])
    expect(evaluation.failures).toEqual([
      'ja: error recall 50.0 % is below 95.0 %',
      'ja: false errors 25.0 % are above 3.0 %',
    ])
  })

  // The bar at its edges: a rate exactly on the threshold meets it.
  it.each([
    { errors: 20, errorsFound: 19, others: 100, falseErrors: 3, meets: true },
    { errors: 20, errorsFound: 18, others: 100, falseErrors: 3, meets: false },
    { errors: 20, errorsFound: 20, others: 100, falseErrors: 4, meets: false },
    { errors: 0, errorsFound: 0, others: 0, falseErrors: 0, meets: true },
  ])(
    '$errorsFound of $errors errors and $falseErrors false errors in $others meets the bar: $meets',
    ({ errors, errorsFound, others, falseErrors, meets }) => {
      const outcomes = [
        ...Array.from({ length: errors }, (_, i) => ({
          record: record('en', 'error', `e${i}`),
          verdict: (i < errorsFound ? 'error' : 'pass') as Verdict,
        })),
        ...Array.from({ length: others }, (_, i) => ({
          record: record('en', 'pass', `p${i}`),
          verdict: (i < falseErrors ? 'error' : 'pass') as Verdict,
        })),
      ]
      expect(thresholdFailures(figuresOf(outcomes)).length === 0).toBe(meets)
    },
  )

  it('keeps the bar of issue 17', () => {
    expect([ERROR_RECALL_MINIMUM, FALSE_ERROR_RATE_MAXIMUM]).toEqual([0.95, 0.03])
  })

  it('reads the guard’s verdict from the matcher claims:check uses', async () => {
    await loadClaimsMatcher()
    expect(guardVerdict('この治療は副作用がなく、必ず改善します。', 'ja')).toBe('error')
    expect(guardVerdict('This therapy is completely safe and guaranteed to work.', 'en')).toBe('error')
    expect(guardVerdict('効果の現れ方には個人差があります。', 'ja')).toBe('pass')
    expect(guardVerdict('Results differ from person to person.', 'en')).toBe('pass')
  })
})

describe('npm run claims:eval', () => {
  const directories: string[] = []
  afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })))

  function corpusDirectory(files: Record<CorpusLanguage, string[]>): string {
    const directory = mkdtempSync(path.join(tmpdir(), 'claims-corpus-'))
    directories.push(directory)
    for (const language of corpusLanguages) {
      writeFileSync(path.join(directory, `${language}.tsv`), [CORPUS_HEADER.join('\t'), ...files[language]].join('\n'))
    }
    return directory
  }

  async function run(...argv: string[]) {
    let out = ''
    let err = ''
    const exitCode = await runClaimsEval(argv, { out: (text) => (out += text), err: (text) => (err += text) })
    return { exitCode, out, err }
  }

  const caught = {
    ja: [
      'ja\terror\tguaranteed-outcome\tこの治療は副作用がなく、必ず改善します。\t',
      'ja\tpass\tcalm-explanation\t効果の現れ方には個人差があります。\t',
    ],
    en: [
      'en\terror\tguaranteed-outcome\tThis therapy is completely safe and guaranteed to work.\t',
      'en\tpass\tcalm-explanation\tResults differ from person to person.\t',
    ],
  }

  it('exits 0 when every language meets the bar', async () => {
    const { exitCode, out } = await run('--corpus', corpusDirectory(caught))
    expect(exitCode).toBe(0)
    expect(out).toMatch(/PASS/)
    expect(out).toMatch(/Misses \(errors not found as errors, warnings not found\): none/)
  })

  it('exits 1 and lists the miss when an error sentence is not found', async () => {
    const missed = 'en\terror\tspeed\tFeel brand new after a single visit.\t'
    const { exitCode, out } = await run('--corpus', corpusDirectory({ ...caught, en: [...caught.en, missed] }))
    expect(exitCode).toBe(1)
    expect(out).toContain('Feel brand new after a single visit.')
    expect(out).toMatch(/en: error recall 50\.0 % is below 95\.0 %/)
  })

  it('gives the figures and misses as JSON with --json', async () => {
    const missed = 'en\terror\tspeed\tFeel brand new after a single visit.\t'
    const { exitCode, out } = await run(
      '--json',
      '--corpus',
      corpusDirectory({ ...caught, en: [...caught.en, missed] }),
    )
    expect(exitCode).toBe(1)
    const json = JSON.parse(out)
    expect(json.passed).toBe(false)
    expect(json.languages.en.errorRecall).toEqual({ found: 1, of: 2, rate: 0.5 })
    expect(json.misses).toEqual([expect.objectContaining({ language: 'en', expected: 'error', found: 'pass' })])
  })

  it('exits 2 naming the line of a malformed corpus', async () => {
    const { exitCode, out, err } = await run('--corpus', corpusDirectory({ ...caught, ja: ['ja\terror\tspeed'] }))
    expect(exitCode).toBe(2)
    expect(out).toBe('')
    expect(err).toBe('claims:eval: ja.tsv:2: expected 5 tab-separated fields, found 3\n')
  })

  it('exits 2 on an unknown option', async () => {
    expect(await run('--fast')).toMatchObject({ exitCode: 2, out: '' })
  })
})

describe('the claims:eval script', () => {
  const root = path.resolve(import.meta.dirname, '../..')

  // Every module the script reaches through relative imports, and what else those modules import.
  function outsideImports(entry: string): string[] {
    const outside = new Set<string>()
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (!specifier!.startsWith('.')) {
          outside.add(specifier!)
          continue
        }
        const base = path.resolve(path.dirname(file), specifier!)
        visit([`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate))!)
      }
    }
    visit(path.join(root, entry))
    return [...outside]
  }

  // The matcher may gain analysers (issue 17), but the evaluation must stay a quick, database-free
  // command: Payload's config would bring Lexical and its racy entry points with it. (@/ imports,
  // which this walk does not follow, are refused too.)
  it('reaches neither Payload nor Lexical', () => {
    const heavy = /^(?:payload|@payloadcms\/|@payload-config|lexical|@lexical\/|next|@\/)/
    const imports = outsideImports('scripts/claims-eval.ts')
    expect(imports).toContain('node:fs')
    expect(imports.filter((specifier) => heavy.test(specifier))).toEqual([])
  })

  it('runs as npm runs it, on the whole corpus, and its exit code follows its verdict', () => {
    const script = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['claims:eval']
    expect(script).toBe('tsx --conditions=development scripts/claims-eval.ts')
    const result = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=development', 'scripts/claims-eval.ts', '--json'],
      { cwd: root, encoding: 'utf8' },
    )
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout)
    expect(report.overall.sentences).toBe(corpus.length)
    expect(result.status).toBe(report.passed ? 0 : 1)
  })
})
