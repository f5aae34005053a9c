/**
 * The structural claims matcher (lib/claims/structural/), tested by classes: every outcome word
 * of the vocabularies, in every inflection, with and without a certainty, asserted, negated,
 * questioned and quoted; every rule's own examples; our demo content; one load per process.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { analyserBuilds, loadAnalysers, type Analysers } from '@/lib/claims/structural/analysers'
import { checkStructural, loadStructuralMatcher, structuralVerdict } from '@/lib/claims/structural/check'
import { structuralRules } from '@/lib/claims/structural/rules'
import {
  englishFading,
  englishHarmVerbs,
  englishLemmas,
  englishTreatmentUnits,
  japaneseLemmas,
} from '@/lib/claims/structural/vocabulary'
import { runClaimsEval } from '@/tooling/claims/evaluation-command-line'
import { demoTexts } from '@/tooling/seed/demo-texts'

let analysers: Analysers
beforeAll(async () => {
  analysers = await loadStructuralMatcher()
}, 60_000)

// ── Japanese inflections, from IPADIC's own conjugation class of each outcome word ──────────────

const GODAN_ROWS: Record<string, { a: string; i: string; e: string; ta: string }> = {
  う: { a: 'わ', i: 'い', e: 'え', ta: 'った' },
  く: { a: 'か', i: 'き', e: 'け', ta: 'いた' },
  ぐ: { a: 'が', i: 'ぎ', e: 'げ', ta: 'いだ' },
  す: { a: 'さ', i: 'し', e: 'せ', ta: 'した' },
  つ: { a: 'た', i: 'ち', e: 'て', ta: 'った' },
  ぬ: { a: 'な', i: 'に', e: 'ね', ta: 'んだ' },
  ぶ: { a: 'ば', i: 'び', e: 'べ', ta: 'んだ' },
  む: { a: 'ま', i: 'み', e: 'め', ta: 'んだ' },
  る: { a: 'ら', i: 'り', e: 'れ', ta: 'った' },
}

interface JapaneseForms {
  dictionary: string
  polite: string
  past: string
  potential: string
  negative: string
}

/** The forms of a Japanese outcome word, or null when it is not a verb or a サ変 noun. */
function japaneseForms(word: string): JapaneseForms | null {
  const [token, ...rest] = analysers.japanese(word)
  if (!token || rest.length > 0) return null
  if (token.pos === '名詞' && token.detail === 'サ変接続') {
    return {
      dictionary: `${word}する`,
      polite: `${word}します`,
      past: `${word}した`,
      potential: `${word}できる`,
      negative: `${word}しない`,
    }
  }
  if (token.pos !== '動詞' || token.lemma !== word) return null
  const stem = word.slice(0, -1)
  if (token.conjugation.startsWith('一段')) {
    return {
      dictionary: word,
      polite: `${stem}ます`,
      past: `${stem}た`,
      potential: `${stem}られる`,
      negative: `${stem}ない`,
    }
  }
  const row = token.conjugation.startsWith('五段') ? GODAN_ROWS[word.slice(-1)] : undefined
  if (!row) return null
  // The potential of a transitive verb (治す → 治せる) is a word of IPADIC's; intransitive ones
  // (治る → 治れる) have none in use, so they take the periphrastic potential (治ることができる).
  const potential = `${stem}${row.e}る`
  const [reading, ...more] = analysers.japanese(potential)
  const known = reading?.pos === '動詞' && more.length === 0
  return {
    dictionary: word,
    polite: `${stem}${row.i}ます`,
    past: `${stem}${row.ta}`,
    potential: known ? potential : `${word}ことができる`,
    negative: `${stem}${row.a}ない`,
  }
}

describe('Japanese outcome words, in every inflection', () => {
  const words = japaneseLemmas.outcome ?? []

  it('include verbs and サ変 nouns of every conjugation class the class test covers', () => {
    const inflected = words.filter((word) => japaneseForms(word) !== null)
    expect(inflected.length).toBeGreaterThan(30)
  })

  it.each(words)(
    '%s: affirmative forms are errors, with or without a certainty; denied, questioned or quoted they are not',
    (word) => {
      const forms = japaneseForms(word)
      if (forms === null) return // a noun or an adjective: covered by the rules' examples and the corpus
      const affirmative = [forms.dictionary, forms.polite, forms.past, forms.potential]
      for (const form of affirmative) {
        expect(structuralVerdict(`この治療で、症状は必ず${form}。`, 'ja'), `必ず${form}`).toBe('error')
        expect(structuralVerdict(`この治療で、症状が${form}。`, 'ja'), form).toBe('error')
      }
      // Negated by the analysis (auxiliary ない), and the promise denied as a whole.
      expect(structuralVerdict(`この治療で、症状は${forms.negative}。`, 'ja'), forms.negative).not.toBe('error')
      expect(structuralVerdict(`この治療で症状が必ず${forms.dictionary}とは言えません。`, 'ja')).toBe('pass')
      expect(structuralVerdict(`この治療で、症状は必ず${forms.dictionary}のでしょうか。`, 'ja')).not.toBe('error')
      expect(structuralVerdict(`「症状が必ず${forms.dictionary}」という広告には注意してください。`, 'ja')).not.toBe(
        'error',
      )
    },
  )
})

// ── English inflections ──────────────────────────────────────────────────────────────────────

const IRREGULAR_PAST: Record<string, string> = {
  grow: 'grew',
  regrow: 'regrew',
  undo: 'undid',
  rid: 'rid',
  overcome: 'overcame',
  rebuild: 'rebuilt',
  shrink: 'shrank',
}

function englishForms(verb: string): { s: string; ed: string; ing: string } {
  const s = /(?:s|x|z|ch|sh)$/.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`
  const ed =
    IRREGULAR_PAST[verb] ??
    (verb.endsWith('e')
      ? `${verb}d`
      : /[^aeiou]y$/.test(verb)
        ? `${verb.slice(0, -1)}ied`
        : /^(?:stop)$/.test(verb)
          ? `${verb}ped`
          : `${verb}ed`)
  const ing =
    verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : verb === 'stop' ? 'stopping' : `${verb}ing`
  return { s, ed, ing }
}

/** The outcome words wink reads as verbs in a plain sentence: the ones with -s/-ed/-ing forms. */
function englishOutcomeVerbs(): string[] {
  return (englishLemmas.outcome ?? []).filter((word) => {
    if (/[\s-]/.test(word)) return false
    const tokens = analysers.english(`Stem cells ${englishForms(word).s} the damage.`)
    return tokens[2]?.pos === 'VERB' && tokens[2].lemma === word
  })
}

describe('English outcome verbs, in every inflection', () => {
  it('are found by the analyser for most of the vocabulary', () => {
    expect(englishOutcomeVerbs().length).toBeGreaterThan(30)
  })

  it('are errors when asserted (-s, -ed, progressive -ing), with or without a certainty, and not when denied, questioned or quoted', () => {
    const failures: string[] = []
    const expectVerdict = (sentence: string, expected: 'error' | 'not error') => {
      const verdict = structuralVerdict(sentence, 'en')
      if ((verdict === 'error') !== (expected === 'error')) failures.push(`${sentence} → ${verdict}`)
    }
    for (const verb of englishOutcomeVerbs()) {
      const { s, ed, ing } = englishForms(verb)
      for (const form of [s, ed]) {
        expectVerdict(`Stem cells ${form} the damage.`, 'error')
        expectVerdict(`Stem cells always ${form} the damage.`, 'error')
      }
      expectVerdict(`This therapy is ${ing} the damage.`, 'error')
      expectVerdict(`This therapy will definitely ${verb} the damage.`, 'error')
      expectVerdict(`This therapy does not ${verb} the damage.`, 'not error')
      expectVerdict(`No one can promise that stem cells ${s} the damage.`, 'not error')
      expectVerdict(`Do stem cells really ${verb} the damage?`, 'not error')
      expectVerdict(`Be wary of adverts that say "stem cells ${s} the damage".`, 'not error')
    }
    expect(failures).toEqual([])
  })
})

// ── Classes of wording (issue 17, second round) ──────────────────────────────────────────────

describe('classes of wording', () => {
  const failures: string[] = []
  const expectVerdict = (sentence: string, locale: 'ja' | 'en', expected: 'error' | 'not error') => {
    const verdict = structuralVerdict(sentence, locale)
    if ((verdict === 'error') !== (expected === 'error')) failures.push(`${sentence} → ${verdict}`)
  }

  it('a double negation asserts every English outcome verb for all; a single one denies it', () => {
    failures.length = 0
    for (const verb of englishOutcomeVerbs()) {
      expectVerdict(`There is no condition this therapy cannot ${verb}.`, 'en', 'error')
      expectVerdict(`This therapy cannot ${verb} every condition.`, 'en', 'not error')
    }
    expect(failures).toEqual([])
  })

  it('a double negation asserts every Japanese outcome verb for all (治らなかった方はいません); "some did not" does not', () => {
    failures.length = 0
    for (const word of japaneseLemmas.outcome ?? []) {
      const forms = japaneseForms(word)
      // なくなる is itself ない+なる: its negative (なくならない) is not said of a cure.
      if (forms === null || word === 'なくなる') continue
      const negativePast = forms.negative.replace(/ない$/, 'なかった')
      expectVerdict(`当院の治療で${negativePast}方はいません。`, 'ja', 'error')
      expectVerdict(`当院の治療でも${negativePast}方もいます。`, 'ja', 'not error')
    }
    expect(failures).toEqual([])
  })

  it('an effect that does not fade is permanence; a symptom that does not fade, or a denied claim, is not', () => {
    failures.length = 0
    for (const fade of englishFading) {
      expectVerdict(`The effects do not ${fade}.`, 'en', 'error')
      expectVerdict(`The results never ${fade}.`, 'en', 'error')
      expectVerdict(`The swelling does not ${fade} for a few days.`, 'en', 'not error')
      expectVerdict(`Nobody can say that the effects will not ${fade}.`, 'en', 'not error')
    }
    expect(failures).toEqual([])
  })

  it('a negated harm verb declares safety; an affirmed or questioned one does not', () => {
    failures.length = 0
    for (const verb of englishHarmVerbs) {
      expectVerdict(`Your own cells cannot ${verb} you.`, 'en', 'error')
      expectVerdict(`This injection will never ${verb} you.`, 'en', 'error')
      expectVerdict(`Injections can ${verb} nearby tissue in rare cases.`, 'en', 'not error')
      expectVerdict(`Could the injection ${verb} me?`, 'en', 'not error')
    }
    expect(failures).toEqual([])
  })

  // The nouns a reader would name a treatment by (the vocabulary's pronouns and parts of names left out).
  const treatmentNouns = (englishLemmas.treatment ?? []).filter(
    (noun) => !['we', 'our', 'cell', 'stem', 'medium', 'course', 'clinic', 'session', 'facial'].includes(noun),
  )

  it('a statement denied of every treatment ("no treatment is risk-free") is caution; one that ranks is not', () => {
    failures.length = 0
    for (const noun of treatmentNouns) {
      expectVerdict(`No ${noun} is risk-free.`, 'en', 'not error')
      expectVerdict(`No ${noun} can guarantee a cure.`, 'en', 'not error')
      expectVerdict(`No other ${noun} is as safe as ours.`, 'en', 'error')
      expectVerdict(`This ${noun} is completely risk-free.`, 'en', 'error')
    }
    expect(failures).toEqual([])
  })

  it('a cure said to be missing is no offer; a cure held out for a condition is', () => {
    failures.length = 0
    for (const cure of ['cure', 'solution', 'remedy']) {
      for (const condition of ['hair loss', 'joint pain', 'this condition']) {
        expectVerdict(`There is no ${cure} for ${condition} yet.`, 'en', 'not error')
        expectVerdict(`Stem cells are not a ${cure} for ${condition}.`, 'en', 'not error')
        expectVerdict(`Our injections are the natural ${cure} for ${condition}.`, 'en', 'error')
      }
    }
    expect(failures).toEqual([])
  })

  it('one unit of treatment with an outcome is a speed promise; the unit alone is not', () => {
    failures.length = 0
    for (const unit of englishTreatmentUnits) {
      expectVerdict(`Just one ${unit} and the pain is gone.`, 'en', 'error')
      expectVerdict(`A single ${unit} relieves stiff joints.`, 'en', 'error')
      expectVerdict(`The first ${unit} takes about an hour, including the consultation.`, 'en', 'not error')
    }
    expect(failures).toEqual([])
  })
})

describe('the rules', () => {
  it.each(structuralRules.map((rule) => [rule.id, rule] as const))('%s finds its own examples', (_, rule) => {
    for (const locale of ['ja', 'en'] as const) {
      for (const example of rule.examples[locale]) {
        const findings = checkStructural(example, locale)
        expect(
          findings.map((finding) => finding.ruleId),
          example,
        ).toContain(rule.id)
        expect(findings.find((finding) => finding.ruleId === rule.id)?.severity).toBe(rule.severity)
      }
    }
  })

  it('each has why and a suggested rewording in both languages', () => {
    for (const rule of structuralRules) {
      for (const locale of ['ja', 'en'] as const) {
        expect(rule.why[locale].length, rule.id).toBeGreaterThan(10)
        expect(rule.suggestion[locale].length, rule.id).toBeGreaterThan(10)
      }
    }
  })

  it('reports matches as written in the original text', () => {
    const text = 'まず説明します。この治療で、ひざの痛みは必ず治ります。'
    const [finding] = checkStructural(text, 'ja').filter((f) => f.ruleId === 'guaranteed-outcome.certain')
    expect(finding).toBeDefined()
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match)
    expect(finding!.sentence).toBe('この治療で、ひざの痛みは必ず治ります。')
  })
})

// ── Our own content ──────────────────────────────────────────────────────────────────────────

describe.each(['ja', 'en'] as const)('the %s demo content', (locale) => {
  it('has no error findings', () => {
    const errors = demoTexts(locale)
      .flatMap((text) => checkStructural(text, locale))
      .filter((finding) => finding.severity === 'error')
    expect(errors.map((finding) => `${finding.ruleId}: ${finding.match} — ${finding.sentence}`)).toEqual([])
  })
})

describe('claims:eval', () => {
  it('measures the guard with its parts, load and speed, and exits by its verdict', async () => {
    let out = ''
    const exitCode = await runClaimsEval([], { out: (text) => (out += text), err: () => {} })
    expect(out).toMatch(/^development ja\s+\d+/m)
    expect(out).toMatch(/^held-out en\s+\d+/m)
    expect(out).toMatch(/Analysers: loaded in \d+ ms, heap \+\d+ MB/)
    expect(out).toMatch(/p95 [\d.]+ ms/)
    expect(exitCode).toBe(out.includes('PASS') ? 0 : 1)
  }, 60_000)

  it('refuses an option it does not know with exit code 2 (the --matcher choice is gone)', async () => {
    let err = ''
    expect(await runClaimsEval(['--matcher', 'structural'], { out: () => {}, err: (text) => (err += text) })).toBe(2)
    expect(err).toContain('--matcher')
  })
})

describe('loading', () => {
  it('happens once per process, however many callers ask', async () => {
    const [first, second] = await Promise.all([loadAnalysers(), loadStructuralMatcher()])
    expect(second).toBe(first)
    expect(await loadAnalysers()).toBe(first)
    expect(analyserBuilds).toBe(1)
  })
})
