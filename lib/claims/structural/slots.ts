/**
 * Reads one analysed sentence into slot hits: which words fill which slot of a promise, and the
 * sentence's stance towards them (denied, questioned, cautioned). Vocabulary is in vocabulary.ts;
 * what is structural lives here: negation read from the analysis, a harm declared absent, a
 * figure about results, a time span, before set against after.
 */
import type { Token } from './analysers'
import {
  englishClaimVerbs,
  englishAbsence,
  englishConditions,
  englishDeniable,
  englishLemmas,
  englishNegators,
  englishNominalOutcomes,
  englishRecurrence,
  englishOpenRivals,
  englishProviders,
  englishSymptoms,
  japaneseClaimVerbs,
  japaneseEvidence,
  japaneseFading,
  japaneseIndeterminates,
  japaneseLemmas,
  japaneseOpenRivals,
  japaneseNegators,
  japaneseRecurrence,
  type Slot,
} from './vocabulary'

export interface Hit {
  slot: Slot
  /** Token range [from, to) and character range [start, end) in the sentence. */
  from: number
  to: number
  start: number
  end: number
}

export interface Reading {
  tokens: Token[]
  hits: Hit[]
  /** The sentence denies a claim as a whole: とは言えません, わけではない, "nobody can promise". */
  denied: boolean
  /**
   * A negation that is neither part of a claim (no side effects) nor a condition (if it does not
   * work): it may undo an outcome, but not a figure or a refund.
   */
  negated: boolean
  /** A question that answers itself ("Why have surgery when …?"): it asserts, it does not ask. */
  rhetorical: boolean
}

type Vocabulary = Map<string, { slot: Slot; words: string[] }[]>

function vocabularyOf(
  lemmas: Partial<Record<Slot, readonly string[]>>,
  split: (entry: string) => string[],
): Vocabulary {
  const byFirst: Vocabulary = new Map()
  for (const [slot, entries] of Object.entries(lemmas) as [Slot, readonly string[]][]) {
    for (const entry of entries) {
      const words = split(entry)
      const first = words[0]!
      byFirst.set(first, [...(byFirst.get(first) ?? []), { slot, words }])
    }
  }
  return byFirst
}

// English entries are words separated by spaces; a hyphen is its own token in wink's reading.
const englishVocabulary = vocabularyOf(englishLemmas, (entry) => entry.split(/\s+/))
const englishHyphenated = vocabularyOf(englishLemmas, (entry) =>
  entry.split(/\s+|(?=-)|(?<=-)/).filter((word) => word !== ''),
)
const japaneseSet = (words: readonly string[]) => new Set(words)

/** The forms under which a token may be looked up: its lemma, its surface, lower-cased. */
function keysOf(token: Token): string[] {
  const surface = token.surface.toLowerCase()
  const keys = token.lemma === surface ? [surface] : [token.lemma, surface]
  // Names the model does not lemmatise (Exosomes, read as a proper noun): their singular as well.
  if (token.pos === 'PROPN' && surface.endsWith('s')) keys.push(surface.slice(0, -1))
  // Participles the model reads as adjectives (revitalized, soothing): their verb as well.
  const participle = /^(.{3,}?)(?:ed|ing)$/.exec(surface)
  if (participle && token.pos !== 'VERB') keys.push(participle[1]!, `${participle[1]!}e`)
  return keys
}

function vocabularyHits(tokens: Token[], vocabularies: Vocabulary[]): Hit[] {
  const hits: Hit[] = []
  tokens.forEach((token, from) => {
    for (const vocabulary of vocabularies) {
      for (const key of keysOf(token)) {
        for (const { slot, words } of vocabulary.get(key) ?? []) {
          const to = from + words.length
          if (to > tokens.length) continue
          if (!words.every((word, k) => keysOf(tokens[from + k]!).includes(word))) continue
          if (hits.some((hit) => hit.slot === slot && hit.from === from && hit.to === to)) continue
          hits.push({ slot, from, to, start: token.start, end: tokens[to - 1]!.end })
        }
      }
    }
  })
  return hits
}

const hit = (slot: Slot, tokens: Token[], from: number, to: number): Hit => ({
  slot,
  from,
  to,
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end,
})

// ── Japanese ────────────────────────────────────────────────────────────────────────────────

const jaLemmas = Object.fromEntries(
  Object.entries(japaneseLemmas).map(([slot, words]) => [slot, japaneseSet(words)]),
) as Record<Slot, Set<string>>
/** Every Japanese word of the vocabularies, with the slots it fills: one lookup per word. */
const jaSlotsOf = new Map<string, Slot[]>()
for (const [slot, words] of Object.entries(jaLemmas) as [Slot, Set<string>][]) {
  for (const word of words) jaSlotsOf.set(word, [...(jaSlotsOf.get(word) ?? []), slot])
}
const jaClaimVerbs = japaneseSet(japaneseClaimVerbs)
const jaRecurrence = japaneseSet(japaneseRecurrence)
const jaFading = japaneseSet(japaneseFading)
const jaEvidence = japaneseSet(japaneseEvidence)
const jaIndeterminates = japaneseSet(japaneseIndeterminates)
const jaOpenRivals = japaneseSet(japaneseOpenRivals)
const jaNegators = japaneseSet(japaneseNegators)
const JA_TIME_UNITS = new Set(['日', '週間', '週', 'か月', 'ヶ月', 'カ月', '時間', '分', '晩'])

/** 治せる → 治す, 効ける → 効く: IPADIC reads potential verbs as verbs of their own. */
function japaneseLemma(token: Token): string {
  if (token.pos === '動詞' && token.detail === '自立' && !jaLemmas.outcome.has(token.lemma)) {
    const potential: Record<string, string> = { せる: 'す', ける: 'く', てる: 'つ', める: 'む', れる: 'る', げる: 'ぐ' }
    const tail = token.lemma.slice(-2)
    const base = potential[tail] && `${token.lemma.slice(0, -2)}${potential[tail]}`
    if (base && jaLemmas.outcome.has(base)) return base
  }
  return token.lemma
}

/** Whether a token closes a predicate chain in Japanese: auxiliaries, non-independent verbs, て. */
function continuesPredicate(token: Token): boolean {
  if (token.pos === '助動詞') return true
  if (token.pos === '動詞' && (token.detail === '非自立' || token.detail === '接尾')) return true
  if (token.pos === '動詞' && ['する', 'できる', 'なる', 'くる', 'いく'].includes(token.lemma)) return true
  if (token.pos === '形容詞' && token.lemma === 'ない') return true
  if (token.pos === '助詞' && token.detail === '接続助詞' && ['て', 'で'].includes(token.lemma)) return true
  // 「消えることはありません」: こと/の + は/も before the negated ある.
  if (token.pos === '名詞' && token.detail === '非自立') return true
  if (token.pos === '助詞' && token.detail === '係助詞' && ['は', 'も'].includes(token.lemma)) return true
  if (token.pos === '動詞' && token.lemma === 'ある') return true
  return false
}

/**
 * Where the predicate chain after token `at` is negated, the index of the negator; else -1.
 * 〜なくなる (感じなくなる, 消えてなくなる) is a change of state, not a negation.
 */
function japaneseNegationAfter(tokens: Token[], at: number): number {
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
    const token = tokens[k]!
    if (!continuesPredicate(token)) return -1
    const negator = (token.pos === '助動詞' || token.pos === '形容詞') && jaNegators.has(token.lemma)
    if (negator) return tokens[k + 1]?.lemma === 'なる' ? -1 : k
  }
  return -1
}

function readJapanese(tokens: Token[]): Reading {
  const hits: Hit[] = []
  const lemmas = tokens.map(japaneseLemma)
  let denied = false
  const last = lastContentIndex(tokens)

  tokens.forEach((token, index) => {
    const lemma = lemmas[index]!
    // ビフォー・アフター: the middle dot only separates the parts of a loanword.
    const undotted = token.surface.replace(/・/g, '')
    const slots = new Set([lemma, token.surface, undotted].flatMap((key) => jaSlotsOf.get(key) ?? []))
    for (const slot of slots) hits.push(hit(slot, tokens, index, index + 1))
    // Words IPADIC splits (ヒアルロン/酸, 第/1/位, No/./1, その/日): the surfaces joined, ending on a lemma.
    let joined = token.surface
    for (let to = index + 1; to < Math.min(tokens.length, index + 5); to++) {
      const next = tokens[to]!
      for (const slot of jaSlotsOf.get(joined + japaneseLemma(next)) ?? jaSlotsOf.get(joined + next.surface) ?? []) {
        hits.push(hit(slot, tokens, index, to + 1))
      }
      joined += next.surface
    }
    // A figure: 98%, 9割, 10人中9人, 5点満点中4.9点.
    if (token.pos === '名詞' && token.detail === '数') {
      const next = tokens[index + 1]
      // IPADIC may read a per cent sign and the full stop after it as one unknown word (%。).
      if (next && /^[%割点]/.test(next.surface)) hits.push(hit('statistic', tokens, index, index + 2))
      // 10人中9人: a count out of a count.
      if (next?.surface === '人' && tokens[index + 2]?.surface === '中')
        hits.push(hit('statistic', tokens, index, index + 3))
      // A time span: 3日で, 1か月以内に, 1週間で.
      const unit = tokens.slice(index + 1, index + 3).find((t) => JA_TIME_UNITS.has(t.surface))
      if (unit) hits.push(hit('speed', tokens, index, index + 2))
    }
    // Before set against after: 治療前…治療後, 施術前に比べて.
    if (token.surface === '前' && tokens.slice(index + 1).some((t) => t.surface === '後' || t.lemma === '比べる')) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // 〜なければ / 〜なら: the condition of a guarantee.
    if (token.pos === '助詞' && token.detail === '接続助詞' && token.lemma === 'ば') {
      hits.push(hit('condition', tokens, index, index + 1))
    }
    // Then and now: 以前は…今では, かつては…現在は.
    if (
      ['以前', 'かつて', '昔'].includes(token.lemma) &&
      tokens.slice(index + 1).some((t) => ['今', '現在', '今では'].includes(t.lemma))
    ) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // A first-person account that ends in the past (私は…治療の後…できました): a testimonial's form.
    if (token.pos === '助動詞' && token.lemma === 'た' && index >= last - 1)
      hits.push(hit('narrated', tokens, index, index + 1))
    // 〜かどうか: whether it is so, examined rather than claimed.
    if (token.lemma === 'か' && tokens[index + 1]?.surface === 'どう' && tokens[index + 2]?.lemma === 'か') {
      hits.push(hit('caution', tokens, index, index + 3))
    }
    // 〜もいる / 〜もある: "some do", which limits the claim to some.
    if (token.lemma === 'も' && token.pos === '助詞' && ['いる', 'ある'].includes(tokens[index + 1]?.lemma ?? '')) {
      hits.push(hit('caution', tokens, index, index + 2))
    }

    // 学割, シニア割: 割 after a word (not a number) is a discount; after a number (9割) a proportion.
    const discountWord = token.surface === '割' ? tokens[index - 1]?.detail !== '数' : /.割$/.test(token.surface)
    if (token.pos === '名詞' && discountWord) hits.push(hit('price', tokens, index, index + 1))
    // 〜とされる: a claim attributed to no one, which hedges it.
    if (token.lemma === 'と' && tokens[index + 1]?.lemma === 'する' && tokens[index + 2]?.lemma === 'れる') {
      hits.push(hit('hedge', tokens, index, index + 3))
    }
    // 〜ようになる, 〜までになる: an ability gained (歩けるようになりました), an outcome.
    if (
      token.lemma === 'なる' &&
      ['よう', 'まで'].includes(tokens[index - 2]?.lemma ?? '') &&
      tokens[index - 1]?.lemma === 'に'
    ) {
      hits.push(hit('outcome', tokens, index - 2, index + 1))
    }
    // 〜なくなる (感じなくなる, 痛みがなくなる): something has gone, an outcome.
    if (token.lemma === 'ない' && tokens[index + 1]?.lemma === 'なる')
      hits.push(hit('outcome', tokens, index, index + 2))

    // An outcome asserted as the sentence's own predicate: 改善します, 消えます, 楽になります.
    if (jaLemmas.outcome.has(lemma) && assertsToTheEnd(tokens, index, last))
      hits.push(hit('assertion', tokens, index, last + 1))

    const negator = japaneseNegationAfter(tokens, index)
    if (negator < 0) return
    // 〜ないこと(が大切), 〜ないように: advice against something, said with caution.
    if (['こと', 'よう'].includes(tokens[negator + 1]?.lemma ?? ''))
      hits.push(hit('caution', tokens, negator, negator + 2))
    const inFinalChain = tokens.slice(negator + 1, last + 1).every(continuesPredicateOrEnding)
    // とは言えません, わけではない, 治療ではありません: the whole claim is denied.
    if (inFinalChain && (jaClaimVerbs.has(lemma) || isCopulaNegation(tokens, index))) denied = true
    // 〜と示した研究はありません, 〜できる治療はありません: there is no such thing.
    const topic = tokens[index - 1]
    const subject = tokens[index - 2]
    if (
      inFinalChain &&
      lemma === 'ある' &&
      ['は', 'が', 'も'].includes(topic?.lemma ?? '') &&
      jaEvidence.has(subject?.lemma ?? '')
    ) {
      denied = true
    }
    // 二度と再発しない, 効果が消えることはない: a negated recurrence is a promise of permanence.
    if (jaRecurrence.has(lemma)) hits.push(hit('permanence', tokens, index, negator + 1))
    // 効果が消えない, 若さが衰えない: an effect that never fades (a symptom that does not fade is no promise).
    if (jaFading.has(lemma) && hits.some((h) => h.slot === 'outcome' && h.to <= index)) {
      hits.push(hit('permanence', tokens, index, negator + 1))
    }
    // 副作用がない, 危険性がありません: a harm declared absent.
    if (token.pos === '動詞' && token.lemma === 'ある') hits.push(hit('absence', tokens, index, negator + 1))
    if (jaLemmas.outcome.has(lemma)) {
      // 治らない: the outcome does not count; drop the hit recorded above.
      const dropped = hits.findIndex((h) => h.slot === 'outcome' && h.from === index)
      if (dropped >= 0) hits.splice(dropped, 1)
    }
  })
  // Japanese negation is read per predicate above (治らない drops its outcome), never sentence-wide.
  return {
    tokens,
    hits: hits.filter((h) => japaneseHitStands(h, tokens, hits)),
    denied,
    negated: false,
    rhetorical: false,
  }
}

/**
 * Whether the outcome word at `at` is the sentence's final predicate, affirmative: the words after
 * it (する, ます, に+なる, auxiliaries) run to the end with no negation.
 */
function assertsToTheEnd(tokens: Token[], at: number, last: number): boolean {
  const token = tokens[at]!
  const verbal = token.pos === '動詞' || (token.pos === '名詞' && token.detail === 'サ変接続')
  let k = at + 1
  // 楽になる, 元通りになる: an outcome state that is reached.
  if (!verbal && tokens[k]?.lemma === 'に' && tokens[k + 1]?.lemma === 'なる') k += 1
  else if (!verbal) return false
  for (; k <= last; k++) {
    const next = tokens[k]!
    // 修復されます: the passive describes a process, not a promise to the reader. After する it is
    // unambiguous; after other verbs られる is also the potential (抑えられます), so it counts as
    // passive only with an agent (体の働きによって).
    if (next.pos === '動詞' && next.detail === '接尾' && ['れる', 'られる'].includes(next.lemma)) {
      const agent = tokens.some((t, i) => t.lemma === 'よる' && tokens[i - 1]?.lemma === 'に')
      if (tokens[k - 1]?.lemma === 'する' || agent) return false
    }
    // 治ることができる: the periphrastic potential.
    if (next.lemma === 'が' && tokens[k - 1]?.lemma === 'こと' && tokens[k + 1]?.lemma === 'できる') continue
    if (!continuesPredicateOrEnding(next)) return false
    if ((next.pos === '助動詞' || next.pos === '形容詞') && jaNegators.has(next.lemma)) return false
  }
  return true
}

/**
 * Hits that need their neighbours: どんな/誰 are "any" only with も (どんな病気にも, 誰でも), not as
 * questions (どんな種類があるのか); 他/ほか are rivals only before a treatment or provider (他の治療);
 * 1回/一度 are a speed, not an ordinal (第1回).
 */
function japaneseHitStands(h: Hit, tokens: Token[], hits: Hit[]): boolean {
  const word = tokens[h.from]!
  const written = tokens
    .slice(h.from, h.to)
    .map((t) => t.surface)
    .join('')
  if (h.slot === 'scope' && (jaIndeterminates.has(word.lemma) || jaIndeterminates.has(written))) {
    for (let k = h.to; k < Math.min(tokens.length, h.to + 6); k++) {
      if (['も', 'でも', 'ても'].includes(tokens[k]!.lemma)) return true
      if (tokens[k]!.pos === '記号') return false
    }
    return false
  }
  if (h.slot === 'rival' && jaOpenRivals.has(written)) {
    return hits.some((other) => other.slot === 'treatment' && other.from > h.from && other.from <= h.from + 3)
  }
  if (h.slot === 'speed' && tokens[h.from - 1]?.surface === '第') return false
  return true
}

function continuesPredicateOrEnding(token: Token): boolean {
  return continuesPredicate(token) || token.pos === '記号' || token.detail === '終助詞'
}

/** 〜ではない / 〜じゃない: で(は) right before the negated ある or ない. */
function isCopulaNegation(tokens: Token[], at: number): boolean {
  const token = tokens[at]!
  return (token.surface === 'で' || token.surface === 'じゃ') && tokens[at + 1]?.lemma === 'は'
}

function lastContentIndex(tokens: Token[]): number {
  let last = tokens.length - 1
  while (last > 0 && tokens[last]!.pos === '記号') last--
  return last
}

// ── English ─────────────────────────────────────────────────────────────────────────────────

const enSet = (words: readonly string[]) => new Set(words)
const enClaimVerbs = enSet(englishClaimVerbs)
const enRecurrence = enSet(englishRecurrence)
const enNegators = enSet(englishNegators)
const enConditions = enSet(englishConditions)
const enAbsence = enSet(englishAbsence)
const enOutcome = enSet(englishLemmas.outcome ?? [])
const enOfferedCures = enSet(['cure', 'solution', 'remedy', 'answer', 'fix', 'cure-all'])
const enHarm = enSet(englishLemmas.harm ?? [])
const EN_TIME_UNITS = new Set(['day', 'week', 'hour', 'minute', 'month', 'night'])
const EN_CLAUSE_BREAKS = new Set([';', ':', '—', '–', 'but', 'however', 'while', 'whereas', 'although'])

function isNegator(token: Token): boolean {
  return enNegators.has(token.lemma) || token.surface.toLowerCase() === "n't"
}

function readEnglish(tokens: Token[]): Reading {
  const hits = vocabularyHits(tokens, [englishVocabulary, englishHyphenated])
  let denied = false
  let negated = false
  const clauseOf: number[] = []
  let clause = 0
  for (const token of tokens) {
    if (EN_CLAUSE_BREAKS.has(token.lemma)) clause++
    clauseOf.push(clause)
  }

  tokens.forEach((token, index) => {
    const lower = token.surface.toLowerCase()
    // A figure about people or results: 98%, nine out of ten, 19 of every 20, four in five.
    if (token.pos === 'NUM' || /^\d/.test(lower)) {
      const next = tokens[index + 1]?.surface.toLowerCase()
      if (next === '%' || next === 'percent') hits.push(hit('statistic', tokens, index, index + 2))
      const unitAt = tokens.slice(index + 1, index + 3).findIndex((t) => EN_TIME_UNITS.has(t.lemma))
      const before = tokens[index - 1]?.lemma
      // "in 3 days", "within 24 hours", "only three weeks", "three days after her infusion".
      const after = tokens[index + 2 + unitAt]?.lemma
      if (
        unitAt >= 0 &&
        (['in', 'within', 'only', 'just'].includes(before ?? '') || ['after', 'later'].includes(after ?? ''))
      ) {
        hits.push(hit('speed', tokens, Math.max(0, index - 1), index + 2 + unitAt))
      }
      const partOf = tokens.slice(index + 1, index + 4)
      if (partOf.some((t) => ['out', 'of', 'in'].includes(t.lemma)) && partOf.some((t) => t.pos === 'NUM')) {
        hits.push(hit('statistic', tokens, index, index + 3))
      }
    }
    // "within days", "in a week", "within one hour": a span without a figure.
    const spanUnit = ['a', 'one', 'an'].includes(tokens[index + 1]?.lemma ?? '') ? index + 2 : index + 1
    if (['within', 'in'].includes(token.lemma) && EN_TIME_UNITS.has(tokens[spanUnit]?.lemma ?? '')) {
      if (token.lemma === 'within' || spanUnit === index + 2) hits.push(hit('speed', tokens, index, spanUnit + 1))
    }
    // Before set against after: "before treatment … after", "before … three months later".
    if (lower === 'before' && tokens.slice(index + 1).some((t) => ['after', 'later', 'now'].includes(t.lemma))) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // Then and now, told of a person: "once he needed …; today …", "I used to … now".
    const formerly =
      (lower === 'once' && tokens[index + 1]?.pos === 'PRON') ||
      (lower === 'used' && tokens[index + 1]?.lemma === 'to' && tokens[index - 1]?.pos === 'PRON')
    if (formerly && tokens.slice(index + 1).some((t) => ['now', 'today'].includes(t.lemma))) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // A past-tense verb: a first-person account of what happened (a testimonial's form).
    if (
      token.pos === 'VERB' &&
      token.lemma !== lower &&
      !/(?:ing|s)$/.test(lower) &&
      tokens[index - 1]?.lemma !== 'be'
    ) {
      hits.push(hit('narrated', tokens, index, index + 1))
    }
    // "the only clinic": uniqueness is a superlative.
    if (lower === 'only' && tokens[index - 1]?.lemma === 'the' && enProviders.has(tokens[index + 1]?.lemma ?? '')) {
      hits.push(hit('superlative', tokens, index - 1, index + 2))
    }
    // "the most trusted", "the safest": a superlative adjective after "the".
    if (token.pos === 'ADJ' && /est$/.test(lower) && tokens[index - 1]?.lemma === 'the') {
      hits.push(hit('superlative', tokens, index, index + 1))
    }
    // "makes your skin younger": a treatment that makes something into an outcome state.
    if (token.pos === 'VERB' && token.lemma === 'make' && !lower.endsWith('ing')) {
      const state = tokens.slice(index + 1, index + 6).findIndex((t) => t.pos === 'ADJ' && enOutcome.has(t.lemma))
      if (state >= 0) hits.push(hit('assertion', tokens, index, index + state + 2))
    }
    // A finite outcome verb asserted as fact, with the treatment or the reader's body as its subject:
    // "Stem cells repair nerve damage", "your heart will heal". "is healing": the progressive asserts
    // as much as the simple present; a bare -ing form or an infinitive does not.
    const progressive = lower.endsWith('ing') && tokens[index - 1]?.lemma === 'be'
    const outcomeVerb = keysOf(token).some((key) => enOutcome.has(key))
    // The lite model reads some headline verbs as nouns ("Stem cells repair nerve damage"): a noun
    // with an outcome verb's lemma between a treatment and an object is read as the verb it is.
    const nounVerb =
      token.pos === 'NOUN' &&
      ['NOUN', 'PROPN'].includes(
        tokens[index - 1]?.pos === 'ADV' ? (tokens[index - 2]?.pos ?? '') : (tokens[index - 1]?.pos ?? ''),
      ) &&
      ['NOUN', 'DET', 'PRON', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')
    const verbal = token.pos === 'VERB' || (token.pos === 'ADJ' && (lower.endsWith('ed') || progressive)) || nounVerb
    // "the cells removed.": a participle with nothing after it is a reduced passive, not a claim.
    const participleAlone = lower.endsWith('ed') && (tokens[index + 1]?.pos ?? 'PUNCT') === 'PUNCT'
    const asserted = verbal && (!lower.endsWith('ing') || progressive) && !participleAlone
    if (asserted && outcomeVerb && hasPromisingSubject(tokens, index)) {
      hits.push(hit('assertion', tokens, index, index + 1))
    }

    // Imperative ad copy: "Restore your youthful glow", "Reverse the ageing process". The word must be
    // the outcome verb itself, not a noun or adjective made from one: a heading such as "Recovery
    // support after stroke" or "Effective date" gives no order.
    if (index === 0 && token.pos === 'VERB' && token.lemma === lower && enOutcome.has(token.lemma)) {
      if (['DET', 'PRON', 'NOUN', 'ADJ'].includes(tokens[1]?.pos ?? '')) hits.push(hit('assertion', tokens, 0, 1))
    }
    // A cure on offer: "the natural cure for joint pain", "a real solution to hair loss".
    if (
      token.pos === 'NOUN' &&
      enOfferedCures.has(token.lemma) &&
      ['for', 'to'].includes(tokens[index + 1]?.lemma ?? '')
    ) {
      hits.push(hit('assertion', tokens, index, index + 2))
    }
    // "thousands of satisfied patients": people counted.
    if (
      ['hundred', 'thousand', 'million', 'hundreds', 'thousands', 'millions'].includes(lower) &&
      tokens[index + 1]?.lemma === 'of'
    ) {
      hits.push(hit('statistic', tokens, index, index + 2))
    }
    // "is said to help": an unattributed claim, which hedges rather than testifies.
    if (token.lemma === 'say' && tokens[index - 1]?.lemma === 'be') {
      const witness = hits.findIndex((h) => h.slot === 'witness' && h.from === index)
      if (witness >= 0) hits.splice(witness, 1)
      hits.push(hit('hedge', tokens, index, index + 1))
    }
    // "pain-free", "side-effect free": free *of* something is not a free offer.
    if (lower === 'free' && (tokens[index - 1]?.surface === '-' || enHarm.has(tokens[index - 1]?.lemma ?? ''))) {
      for (const slot of ['price', 'free'] as const) {
        const at = hits.findIndex((h) => h.slot === slot && h.from === index)
        if (at >= 0) hits.splice(at, 1)
      }
    }

    if (!isNegator(token)) return
    const window = tokens.slice(index + 1, index + 5)
    const sameClause = (k: number) => clauseOf[k] === clauseOf[index]
    if (enAbsence.has(lower)) {
      // "no side effects", "nothing can go wrong", "none of the downtime": a harm declared absent.
      if (window.some((t) => enHarm.has(t.lemma))) {
        hits.push(hit('absence', tokens, index, index + 1))
        return
      }
      // "never come back", "no more relapses, ever": a recurrence ruled out is permanence.
      if (window.some((t) => enRecurrence.has(t.lemma))) {
        hits.push(hit('permanence', tokens, index, index + 2))
        return
      }
    }
    // "if you don't see results", "no results, no charge": a condition, not a denial.
    const clauseStart = tokens.findIndex((_, k) => sameClause(k))
    if (tokens.slice(clauseStart, index).some((t) => enConditions.has(t.lemma))) return
    if (lower === 'no' && ['result', 'charge', 'cost', 'longer'].includes(tokens[index + 1]?.lemma ?? '')) return
    // "no pain, no scars": the absence of a thing, not the denial of a statement ("no treatment can …").
    const noun = tokens[index + 1]
    if (lower === 'no' && noun?.pos === 'NOUN' && !enDeniable.has(noun.lemma)) return
    // "nobody can say", "does not mean", "is not true": the claim is denied as a whole.
    const governed = tokens.slice(index, index + 5).filter((t, k) => sameClause(index + k))
    if (governed.some((t) => enClaimVerbs.has(t.lemma))) denied = true
    negated = true
  })
  const rhetorical = tokens[0]?.lemma === 'why' && tokens.some((t) => t.lemma === 'when')
  return { tokens, hits: hits.filter((h) => englishHitStands(h, tokens, hits)), denied, negated, rhetorical }
}

const EN_SUBJECT_SKIP = new Set(['ADV', 'AUX', 'PART'])
const enTreatment = enSet(englishLemmas.treatment ?? [])
const enPeople = enSet(englishLemmas.people ?? [])
const enProviders = enSet(englishProviders)
const enOpenRivals = enSet(englishOpenRivals)
const enNominalOutcomes = enSet(englishNominalOutcomes)
const enSymptoms = enSet(englishSymptoms)
const enDeniable = enSet(englishDeniable)

/**
 * Whether the verb at `at` has the treatment, the provider, patients or the reader's own body as
 * its subject: the nearest word before it (past adverbs and auxiliaries) is one of them, or is
 * introduced by "your". "They work within a balance" and "mechanisms that repair" are not promises.
 */
function hasPromisingSubject(tokens: Token[], at: number): boolean {
  let k = at - 1
  while (k >= 0 && EN_SUBJECT_SKIP.has(tokens[k]!.pos)) k--
  const subject = tokens[k]
  if (!subject) return false
  if (subject.lemma === 'you' || keysOf(subject).some((key) => enSymptoms.has(key))) return true
  if (
    enTreatment.has(subject.lemma) ||
    enPeople.has(subject.lemma) ||
    keysOf(subject).some((key) => enTreatment.has(key))
  ) {
    return true
  }
  return (subject.pos === 'NOUN' || subject.pos === 'PROPN') && tokens[k - 1]?.lemma === 'your'
}

/** "other clinics", "competing products" are rivals; "other cells", "other substances" are not. */
function englishHitStands(h: Hit, tokens: Token[], hits: Hit[]): boolean {
  const word = tokens[h.from]!
  if (h.slot === 'rival' && enOpenRivals.has(word.lemma)) {
    return tokens.slice(h.to, h.to + 2).some((t) => enProviders.has(t.lemma))
  }
  // "no questions asked" is no caution.
  if (
    h.slot === 'caution' &&
    ['no', 'without'].includes(tokens[h.from - 2]?.lemma ?? tokens[h.from - 1]?.lemma ?? '')
  ) {
    return false
  }
  // "most treatments" counts; "the most advanced" ranks.
  if (h.slot === 'superlative' && word.lemma === 'most' && h.to - h.from === 1) {
    return ['ADJ', 'ADV', 'VERB'].includes(tokens[h.to]?.pos ?? '')
  }
  // "I", "my", "me" testify only as pronouns (not the i of iPS cells).
  if ((h.slot === 'witness' || h.slot === 'narrator') && ['i', 'my', 'me'].includes(word.lemma)) {
    return word.pos === 'PRON'
  }
  // "everything from research-stage work": work, repair, end are outcomes as verbs, not as nouns.
  if (h.slot === 'outcome' && h.to - h.from === 1 && word.pos === 'NOUN') return enNominalOutcomes.has(word.lemma)
  return hits.length > 0
}

export function readSentence(tokens: Token[], locale: 'ja' | 'en'): Reading {
  return locale === 'ja' ? readJapanese(tokens) : readEnglish(tokens)
}
